r3 = *(u32 *)(r1 + 4)
r2 = *(u32 *)(r1 + 0)
r4 = r2
r4 += 14
r0 = 2
if r3 < r4 goto +1
r0 = *(u8 *)(r2 + 7)
r0 &= 1
exit
