r0 = *(u16 *)(r1 + 12)
exit
