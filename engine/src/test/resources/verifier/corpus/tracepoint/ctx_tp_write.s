r2 = 1
*(u64 *)(r1 + 8) = r2
r0 = 0
exit
