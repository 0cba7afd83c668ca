r0 = *(u8 *)(r1 + 2)
r0 &= 1
exit
