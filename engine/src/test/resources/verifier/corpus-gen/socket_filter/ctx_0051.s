r0 = *(u16 *)(r1 + 132)
exit
