# type: xdp
# packets: udp64 tcp_syn
# XDP action codes are not range-checked by test_run: returns XDP_TX (3) for TCP, XDP_PASS (2) otherwise, +100.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 2
  r4 = r2
  r4 += 34
  if r4 > r3 goto out
  r5 = *(u8 *)(r2 + 23)
  if r5 != 6 goto out
  r0 = 3
out:
  r0 += 100
  exit
