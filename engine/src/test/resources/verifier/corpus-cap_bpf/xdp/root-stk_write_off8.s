r0 = 0
*(u64 *)(r10 + 8) = r0
exit
