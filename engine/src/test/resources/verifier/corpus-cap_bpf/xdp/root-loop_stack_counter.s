r1 = 0
*(u64 *)(r10 - 8) = r1
l: r1 = *(u64 *)(r10 - 8)
r1 += 1
*(u64 *)(r10 - 8) = r1
if r1 < 4 goto l
r0 = r1
exit
