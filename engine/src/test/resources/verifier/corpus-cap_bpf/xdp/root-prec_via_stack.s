r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 5 goto +1
r3 = 1
*(u64 *)(r10 - 8) = r3
r4 = *(u64 *)(r10 - 8)
if r4 == 1 goto +2
r0 = 0
exit
r0 = *(u8 *)(r4 + 0)
exit
