r0 = 0
*(u64 *)(r7 + 0) = r0
exit
