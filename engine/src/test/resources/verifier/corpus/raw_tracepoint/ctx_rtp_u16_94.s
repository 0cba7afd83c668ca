r0 = *(u16 *)(r1 + 94)
exit
