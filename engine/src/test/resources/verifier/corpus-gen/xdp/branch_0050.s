r2 = *(u32 *)(r1 + 8)
if r2 > 48 goto +5
r0 = r2
r0 *= 3
if r0 > 253 goto +1
r0 = 1
r0 &= 1
r0 = 0
exit
