r2 = *(u32 *)(r1 + 48)
if r2 > 63 goto +5
r0 = r2
r0 *= 3
if r0 s<= 162 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
