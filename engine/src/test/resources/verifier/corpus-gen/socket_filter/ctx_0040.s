r0 = *(u8 *)(r1 + 88)
exit
