r0 = *(u8 *)(r1 + 95)
exit
