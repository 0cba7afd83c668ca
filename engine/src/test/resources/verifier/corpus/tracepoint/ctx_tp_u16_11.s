r0 = *(u16 *)(r1 + 11)
exit
