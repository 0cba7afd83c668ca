r0 = *(u16 *)(r1 + 128)
exit
