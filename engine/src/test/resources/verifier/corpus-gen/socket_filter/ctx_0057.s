r0 = *(u16 *)(r1 + 179)
exit
