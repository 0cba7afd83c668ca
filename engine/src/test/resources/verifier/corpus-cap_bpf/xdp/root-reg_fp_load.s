r10 = *(u64 *)(r1 + 0)
r0 = 0
exit
