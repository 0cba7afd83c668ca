r2 = *(u32 *)(r1 + 140)
r3 = *(u32 *)(r1 + 76)
r4 = r2
r4 += 4
if r4 > r3 goto +2
*(u32 *)(r2 + 0) = 9
exit
r0 = 0
exit
