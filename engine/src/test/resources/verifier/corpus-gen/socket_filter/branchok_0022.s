r2 = *(u32 *)(r1 + 20)
r2 &= 63
if r2 s>= 32 goto +5
r0 = r2
r0 *= 3
if r0 == 217 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
