r0 = *(u8 *)(r1 + 8192)
exit
