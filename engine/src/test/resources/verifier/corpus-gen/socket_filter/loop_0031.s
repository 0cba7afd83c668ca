r1 = 0
r2 = r10
r2 += -64
l: *(u64 *)(r2 + 0) = r1
r2 += 8
r1 += 1
if r1 < 4 goto l
r0 = *(u64 *)(r10 - 8)
exit
