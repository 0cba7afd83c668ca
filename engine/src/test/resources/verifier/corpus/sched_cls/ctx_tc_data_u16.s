r0 = *(u16 *)(r1 + 76)
exit
