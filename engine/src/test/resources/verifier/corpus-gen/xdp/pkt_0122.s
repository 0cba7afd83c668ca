r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 4
r0 = 3
if r3 < r4 goto +1
r0 = *(u16 *)(r2 + 2)
r0 &= 1
exit
