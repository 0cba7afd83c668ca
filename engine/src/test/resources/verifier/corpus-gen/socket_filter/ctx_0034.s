r0 = *(u8 *)(r1 + 41)
exit
