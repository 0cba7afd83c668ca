r0 = *(u8 *)(r1 + 180)
exit
