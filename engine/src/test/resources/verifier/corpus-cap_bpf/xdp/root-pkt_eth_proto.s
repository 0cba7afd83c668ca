r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r0 = 2
r4 = r2
r4 += 14
if r4 > r3 goto +4
r5 = *(u16 *)(r2 + 12)
if r5 != 8 goto +2
r0 = 1
exit
exit
