r0 = 0
*(u64 *)(r10 - 7) = r0
exit
