# type: xdp
# packets: udp64
# cmpxchg_64 when memory equals r0: memory takes the new value, r0 gets the old value.
  *(u64 *)(r10 - 8) = 50
  r0 = 50
  r1 = 99
  r0 = cmpxchg_64(r10 - 8, r0, r1)
  r2 = *(u64 *)(r10 - 8)
  r0 <<= 8
  r0 += r2
  exit
