r0 = *(u8 *)(r1 + 110)
exit
