r2 = *(u32 *)(r1 + 8)
r3 = *(u32 *)(r1 + 0)
r0 = 0
if r2 > r3 goto +1
r0 = 1
exit
