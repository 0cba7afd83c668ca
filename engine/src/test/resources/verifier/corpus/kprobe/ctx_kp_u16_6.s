r0 = *(u16 *)(r1 + 6)
exit
