r0 = *(u8 *)(r1 + 137)
exit
