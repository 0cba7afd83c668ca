r2 = *(u32 *)(r1 + 12)
r1 += r2
r0 = 0
exit
