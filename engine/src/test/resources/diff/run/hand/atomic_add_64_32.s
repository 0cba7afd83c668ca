# type: xdp
# packets: udp64
# Atomic add (no fetch) on a stack u64 and u32.
  *(u64 *)(r10 - 8) = 100
  *(u32 *)(r10 - 12) = -1
  r1 = 23
  lock *(u64 *)(r10 - 8) += r1
  w2 = 2
  lock *(u32 *)(r10 - 12) += w2   # 0xffffffff + 2 wraps to 1
  r0 = *(u64 *)(r10 - 8)
  r3 = *(u32 *)(r10 - 12)
  r0 <<= 8
  r0 += r3
  exit
