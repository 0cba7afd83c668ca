r2 = *(u32 *)(r1 + 68)
if r2 > 8 goto +5
r0 = r2
r0 *= 3
if r0 == 95 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
