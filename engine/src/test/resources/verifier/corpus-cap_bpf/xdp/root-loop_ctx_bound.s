r2 = *(u32 *)(r1 + 12)
r2 &= 7
r0 = 0
l: r0 += 2
r2 += -1
if r2 s> 0 goto l
exit
