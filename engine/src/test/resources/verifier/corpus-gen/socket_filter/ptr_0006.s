r2 = r1
r2 += 8
r0 = *(u32 *)(r2 + 0)
exit
