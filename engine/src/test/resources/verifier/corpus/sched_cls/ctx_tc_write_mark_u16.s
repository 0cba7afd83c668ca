r2 = 7
*(u16 *)(r1 + 8) = r2
r0 = 0
exit
