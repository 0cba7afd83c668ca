# type: xdp
# packets: udp64 tcp_syn eth14
# Reads a u32, u16 and u8 at fixed offsets after one bounds check; loads are little-endian.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = 0
  r4 = r2
  r4 += 14
  if r4 > r3 goto out
  r5 = *(u32 *)(r2 + 0)
  r6 = *(u16 *)(r2 + 6)
  r7 = *(u8 *)(r2 + 13)
  r0 = r5
  r0 ^= r6
  r0 += r7
out:
  exit
