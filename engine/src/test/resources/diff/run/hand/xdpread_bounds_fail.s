# type: xdp
# packets: udp64 tcp_syn eth14
# Bounds check for 70 bytes: only tcp_syn (74 bytes) is long enough; others return 1.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 1
  r4 = r2
  r4 += 70
  if r4 > r3 goto out
  r0 = *(u8 *)(r2 + 69)
  r0 += 1000
out:
  exit
