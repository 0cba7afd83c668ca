r0 = *(u8 *)(r1 + 57)
exit
