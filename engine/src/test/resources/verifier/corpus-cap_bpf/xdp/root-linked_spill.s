r2 = *(u32 *)(r1 + 12)
*(u64 *)(r10 - 8) = r2
if r2 > 10 goto +2
r0 = *(u64 *)(r10 - 8)
exit
r0 = 0
exit
