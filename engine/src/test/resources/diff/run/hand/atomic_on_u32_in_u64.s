# type: xdp
# packets: udp64
# A 32-bit atomic add on the high half of a u64 slot leaves the low half alone.
  r1 = 0x00000001ffffffff ll
  *(u64 *)(r10 - 8) = r1
  w2 = 1
  lock *(u32 *)(r10 - 4) += w2
  r0 = *(u64 *)(r10 - 8)
  r0 >>= 16
  exit
