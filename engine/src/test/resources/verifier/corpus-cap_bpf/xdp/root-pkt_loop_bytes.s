r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r0 = 0
r4 = r2
r4 += 8
if r4 > r3 goto +6
r5 = 0
l: r6 = r2
r6 += r5
r0 += 1
r5 += 1
if r5 < 8 goto l
exit
