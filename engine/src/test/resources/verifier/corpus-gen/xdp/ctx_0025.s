r0 = *(u8 *)(r1 + 20)
exit
