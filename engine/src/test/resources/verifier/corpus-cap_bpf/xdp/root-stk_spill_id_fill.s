r2 = *(u32 *)(r1 + 12)
r2 &= 0xff
*(u64 *)(r10 - 8) = r2
r3 = *(u64 *)(r10 - 8)
if r3 > 10 goto +1
r0 = r2
r0 = 0
exit
