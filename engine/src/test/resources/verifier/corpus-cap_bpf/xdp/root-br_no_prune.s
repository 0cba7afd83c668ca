r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 > 4 goto +1
r0 = 1
r3 = 1
r0 += r3
exit
