r0 = *(u8 *)(r1 + 12)
exit
