r0 = *(u16 *)(r1 + 28)
exit
