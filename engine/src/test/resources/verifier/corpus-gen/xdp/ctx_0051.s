r0 = *(u16 *)(r1 + 45)
exit
