r2 = 1
*(u8 *)(r1 + 20) = r2
r0 = 0
exit
