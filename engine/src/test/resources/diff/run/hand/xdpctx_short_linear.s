# type: xdp
# packets: udp64 tcp_syn
# ctx: 000000002800000000000000000000000000000000000000
# xdp_md ctx_in with data_end=40: only 40 bytes are linear (data_end - data = 40), the rest of the input
# becomes a fragment; data_out is the whole input. The program returns its view of the length and writes
# byte 39 (the last linear byte).
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = r3
  r0 -= r2
  r4 = r2
  r4 += 40
  if r4 > r3 goto out
  *(u8 *)(r2 + 39) = 0xee
out:
  exit
