r2 = *(u32 *)(r1 + 12)
r3 = r2
r4 = r2
if r2 > 10 goto +2
r0 = r3
exit
r0 = r4
exit
