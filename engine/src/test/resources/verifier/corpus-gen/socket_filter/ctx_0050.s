r0 = *(u8 *)(r1 + 49)
exit
