*(u64 *)(r10 - 8) = 0
r2 = r10
lock *(u64 *)(r10 - 8) += r2
r0 = 0
exit
