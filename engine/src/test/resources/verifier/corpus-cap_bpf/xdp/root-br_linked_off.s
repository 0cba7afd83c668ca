r2 = *(u32 *)(r1 + 12)
r3 = r2
r3 += 4
if r2 < 8 goto +2
r0 = 0
exit
r0 = r3
exit
