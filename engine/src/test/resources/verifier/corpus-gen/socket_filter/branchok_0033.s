r2 = *(u32 *)(r1 + 60)
r2 &= 7
if r2 s>= 48 goto +5
r0 = r2
r0 *= 3
if r0 & 62 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
