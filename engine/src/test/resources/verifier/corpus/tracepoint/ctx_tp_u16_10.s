r0 = *(u16 *)(r1 + 10)
exit
