r0 = *(u16 *)(r1 + 16)
exit
