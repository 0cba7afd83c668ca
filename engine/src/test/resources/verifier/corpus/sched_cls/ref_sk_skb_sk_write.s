r1 = *(u64 *)(r1 + 168)
if r1 == 0 goto +1
*(u32 *)(r1 + 4) = 1
r0 = 0
exit
