r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 14
r0 = 1
if r3 < r4 goto +1
r0 = *(u32 *)(r2 + 4)
exit
