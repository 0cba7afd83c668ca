r2 = *(u32 *)(r1 + 12)
r3 = r2
if r2 > 8 goto +2
r0 = r3
exit
r0 = 0
exit
