r2 = *(u32 *)(r1 + 12)
r3 = *(u32 *)(r1 + 16)
r0 = 0
if r2 > r3 goto +2
r0 = r3
r0 -= r2
exit
