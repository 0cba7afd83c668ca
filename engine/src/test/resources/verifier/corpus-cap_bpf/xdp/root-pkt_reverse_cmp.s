r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 6
if r3 >= r4 goto +2
r0 = 0
exit
r0 = *(u16 *)(r2 + 4)
exit
