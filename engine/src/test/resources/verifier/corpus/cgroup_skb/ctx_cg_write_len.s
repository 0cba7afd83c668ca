r2 = 3
*(u32 *)(r1 + 0) = r2
r0 = 1
exit
