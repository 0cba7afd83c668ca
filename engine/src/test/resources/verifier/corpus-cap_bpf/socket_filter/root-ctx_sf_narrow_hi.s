r0 = *(u16 *)(r1 + 2)
exit
