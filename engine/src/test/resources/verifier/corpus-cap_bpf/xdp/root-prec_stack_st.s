r2 = *(u32 *)(r1 + 12)
*(u64 *)(r10 - 8) = 0
if r2 > 1 goto +1
*(u64 *)(r10 - 8) = 3
r4 = *(u64 *)(r10 - 8)
if r4 == 3 goto +2
r0 = 0
exit
r0 = *(u8 *)(r4 + 0)
exit
