r0 = *(u16 *)(r1 + 71)
exit
