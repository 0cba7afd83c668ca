r0 = *(u16 *)(r1 + 5)
exit
