r2 = *(u32 *)(r1 + 64)
if r2 > 65 goto +5
r0 = r2
r0 *= 3
if r0 == 282 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
