r2 = *(u64 *)(r1 + 16)
r3 = *(u64 *)(r1 + 24)
r0 = 0
if r2 > r3 goto +1
r0 = 1
exit
