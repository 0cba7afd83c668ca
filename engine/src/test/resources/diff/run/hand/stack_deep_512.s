# type: xdp
# packets: udp64
# Uses the bottom of the 512-byte stack (r10 - 512) and the top (r10 - 1).
  r1 = 0x5a
  *(u8 *)(r10 - 512) = r1
  r1 = 0xa5
  *(u8 *)(r10 - 1) = r1
  *(u64 *)(r10 - 256) = 1000
  r0 = *(u8 *)(r10 - 512)
  r2 = *(u8 *)(r10 - 1)
  r3 = *(u64 *)(r10 - 256)
  r0 <<= 8
  r0 |= r2
  r0 += r3
  exit
