r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r0 = 0
r6 = 0
l: r4 = r2
r4 += 1
if r4 > r3 goto +4
r5 = *(u8 *)(r2 + 0)
r0 += r5
r2 += 1
r6 += 1
if r6 < 4 goto l
exit
