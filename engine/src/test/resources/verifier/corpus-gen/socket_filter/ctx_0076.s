r0 = *(u8 *)(r1 + 155)
exit
