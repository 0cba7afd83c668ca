# type: xdp
# packets: udp64
# cmpxchg32_32 compares only the low 32 bits of r0 and zero-extends the old value into r0.
  *(u32 *)(r10 - 4) = -1
  r0 = -1                           # upper half set, low half matches
  w1 = 7
  w0 = cmpxchg32_32(r10 - 4, w0, w1)
  r2 = r0
  r2 >>= 32                         # 0: zero-extended
  r3 = *(u32 *)(r10 - 4)            # 7
  r0 += r2
  r0 += r3
  exit
