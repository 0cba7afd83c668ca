r0 = *(u8 *)(r1 + 176)
exit
