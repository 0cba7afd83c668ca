r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 5 goto +1
r3 = 1
if r3 == 1 goto +2
r0 = 0
exit
r0 = *(u64 *)(r3 + 0)
exit
