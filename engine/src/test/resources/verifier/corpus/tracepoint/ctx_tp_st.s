*(u8 *)(r1 + 8) = 1
r0 = 0
exit
