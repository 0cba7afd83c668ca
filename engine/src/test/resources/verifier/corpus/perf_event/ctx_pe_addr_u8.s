r0 = *(u8 *)(r1 + 177)
exit
