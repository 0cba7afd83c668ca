r0 = *(u8 *)(r1 + 199)
exit
