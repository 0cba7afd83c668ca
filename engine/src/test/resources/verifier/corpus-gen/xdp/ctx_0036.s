r2 = 1
*(u16 *)(r1 + 6) = r2
r0 = 0
exit
