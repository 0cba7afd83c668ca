r2 = r1
r2 += 4
r0 = *(u32 *)(r2 + 0)
exit
