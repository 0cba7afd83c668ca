r0 = *(u16 *)(r1 + 169)
exit
