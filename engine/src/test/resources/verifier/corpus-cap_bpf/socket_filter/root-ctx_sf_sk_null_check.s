r2 = *(u64 *)(r1 + 168)
r0 = 0
if r2 == 0 goto +1
r0 = 1
exit
