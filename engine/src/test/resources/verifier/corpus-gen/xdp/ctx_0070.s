r0 = *(u16 *)(r1 + 14)
exit
