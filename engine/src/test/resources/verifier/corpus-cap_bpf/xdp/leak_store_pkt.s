r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 8
if r4 > r3 goto +1
*(u64 *)(r2 + 0) = r10
r0 = 0
exit
