# type: xdp
# packets: udp64
# cmpxchg_64 when memory differs from r0: memory unchanged, r0 gets the current value.
  *(u64 *)(r10 - 8) = 50
  r0 = 49
  r1 = 99
  r0 = cmpxchg_64(r10 - 8, r0, r1)
  r2 = *(u64 *)(r10 - 8)
  r0 <<= 8
  r0 += r2
  exit
