r0 = *(u16 *)(r1 + 147)
exit
