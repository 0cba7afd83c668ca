r0 = *(u8 *)(r1 + 3)
exit
