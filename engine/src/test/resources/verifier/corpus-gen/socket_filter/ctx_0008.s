r0 = *(u16 *)(r1 + 235)
exit
