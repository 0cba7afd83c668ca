r0 = *(u8 *)(r1 + 7)
exit
