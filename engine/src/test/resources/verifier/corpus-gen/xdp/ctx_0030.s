r2 = 1
*(u8 *)(r1 + 4) = r2
r0 = 0
exit
