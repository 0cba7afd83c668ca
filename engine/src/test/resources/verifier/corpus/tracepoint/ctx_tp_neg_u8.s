r0 = *(u8 *)(r1 - 1)
exit
