r0 = *(u8 *)(r1 + 167)
exit
