r2 = 3
*(u32 *)(r1 + 8) = r2
r0 = 1
exit
