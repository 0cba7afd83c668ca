r2 = *(u32 *)(r1 + 12)
r0 = 0
l: r0 += 1
if r0 == r2 goto +2
if r0 < 6 goto l
exit
r0 = 9
exit
