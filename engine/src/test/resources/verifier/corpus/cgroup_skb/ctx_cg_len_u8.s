r2 = *(u8 *)(r1 + 0)
r0 = 1
exit
