r2 = *(u8 *)(r1 + 180)
r0 = 1
exit
