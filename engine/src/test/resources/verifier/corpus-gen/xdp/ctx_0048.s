r0 = *(u8 *)(r1 + 202)
exit
