r2 = *(u32 *)(r1 + 0)
r3 = 4
r2 += r3
r0 = 0
exit
