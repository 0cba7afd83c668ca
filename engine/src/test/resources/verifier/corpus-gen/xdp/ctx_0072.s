r0 = *(u8 *)(r1 + 19)
exit
