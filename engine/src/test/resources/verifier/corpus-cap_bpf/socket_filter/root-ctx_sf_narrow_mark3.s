r0 = *(u8 *)(r1 + 11)
exit
