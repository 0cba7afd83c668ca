r0 = *(u16 *)(r1 + 174)
exit
