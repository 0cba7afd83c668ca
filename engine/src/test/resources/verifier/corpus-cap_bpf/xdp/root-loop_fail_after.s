r0 = 0
l: r0 += 1
if r0 < 3 goto l
r1 = *(u64 *)(r0 + 0)
exit
