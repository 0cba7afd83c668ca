r2 = r10
r3 = 0
if r3 != 0 goto +2
r0 = 0
exit
r2 += r3
r0 = *(u64 *)(r2 - 8)
exit
