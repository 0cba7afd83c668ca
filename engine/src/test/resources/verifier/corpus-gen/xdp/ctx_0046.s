r0 = *(u16 *)(r1 + 18)
exit
