r0 = *(u8 *)(r1 + 13)
exit
