r2 = *(u64 *)(r1 + 168)
r2 &= 15
if r2 s>= 8 goto +5
r0 = r2
r0 *= 3
if r0 < 187 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
