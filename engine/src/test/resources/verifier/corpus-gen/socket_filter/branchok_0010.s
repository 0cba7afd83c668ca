r2 = *(u32 *)(r1 + 44)
r2 &= 15
if r2 s> 8 goto +5
r0 = r2
r0 *= 3
if r0 s>= 59 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
