r0 = *(u16 *)(r1 + 3)
exit
