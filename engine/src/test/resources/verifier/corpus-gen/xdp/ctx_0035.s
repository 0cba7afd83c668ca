r0 = *(u16 *)(r1 + 8)
exit
