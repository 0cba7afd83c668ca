r2 = *(u32 *)(r1 + 0)
r2 &= 3
r0 = 0
l: r0 += 1
if r0 < r2 goto l
r0 = 0
exit
