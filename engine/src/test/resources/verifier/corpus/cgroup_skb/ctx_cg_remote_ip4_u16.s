r2 = *(u16 *)(r1 + 92)
r0 = 1
exit
