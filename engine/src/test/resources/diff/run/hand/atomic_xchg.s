# type: xdp
# packets: udp64
# xchg (64 and 32 bit): the register gets the old value, memory the new one.
  *(u64 *)(r10 - 8) = 111
  r1 = 222
  r1 = xchg_64(r10 - 8, r1)         # r1 = 111
  *(u32 *)(r10 - 12) = 333
  w2 = 444
  w2 = xchg32_32(r10 - 12, w2)      # w2 = 333
  r3 = *(u64 *)(r10 - 8)
  r4 = *(u32 *)(r10 - 12)
  r0 = r1
  r0 *= 1000
  r0 += r3
  r0 *= 1000
  r0 += r2
  r0 ^= r4
  exit
