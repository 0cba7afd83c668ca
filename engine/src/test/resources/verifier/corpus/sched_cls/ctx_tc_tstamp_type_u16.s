r0 = *(u16 *)(r1 + 180)
exit
