r2 = *(u32 *)(r1 + 12)
r3 = r2
r3 += -3
if r3 s< 0 goto +2
r0 = r2
exit
r0 = r2
exit
