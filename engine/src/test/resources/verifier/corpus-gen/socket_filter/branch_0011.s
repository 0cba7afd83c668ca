r2 = *(u32 *)(r1 + 44)
r2 &= 63
if r2 > 64 goto +5
r0 = r2
r0 *= 3
if r0 s>= 79 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
