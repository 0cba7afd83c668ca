r0 = *(u8 *)(r1 + 184)
exit
