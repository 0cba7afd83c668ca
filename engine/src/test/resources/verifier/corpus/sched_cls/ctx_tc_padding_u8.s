r0 = *(u8 *)(r1 + 181)
exit
