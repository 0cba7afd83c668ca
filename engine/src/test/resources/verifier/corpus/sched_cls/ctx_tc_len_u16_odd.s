r0 = *(u16 *)(r1 + 1)
exit
