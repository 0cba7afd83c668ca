r0 = *(u64 *)(r1 + 175)
exit
