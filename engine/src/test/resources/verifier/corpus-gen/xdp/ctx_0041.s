r0 = *(u8 *)(r1 + 4)
exit
