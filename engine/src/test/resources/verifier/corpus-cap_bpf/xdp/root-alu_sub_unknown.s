r2 = *(u32 *)(r1 + 12)
r3 = 100
r3 -= r2
r0 = r3
exit
