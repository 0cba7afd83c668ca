r0 = 0
r1 = 0
l: r1 += 1
if r1 < 3 goto l
r2 = r10
r2 += -8
r2 -= r1
r0 = *(u8 *)(r2 + 0)
exit
