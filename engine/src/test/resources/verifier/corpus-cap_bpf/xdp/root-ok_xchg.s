r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = 5
r2 = xchg_64(r10 - 8, r2)
r0 = r2
exit
