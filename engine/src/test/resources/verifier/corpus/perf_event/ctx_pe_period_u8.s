r0 = *(u8 *)(r1 + 175)
exit
