*(u64 *)(r10 - 8) = 0
r2 = 3
r2 = xchg_64(r10 - 8, r2)
r0 = r2
exit
