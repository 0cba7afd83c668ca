*(u64 *)(r10 - 8) = r6
r0 = 0
exit
