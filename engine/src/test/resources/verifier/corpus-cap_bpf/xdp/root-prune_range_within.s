r2 = *(u32 *)(r1 + 12)
r3 = r2
r3 &= 7
if r2 > 10 goto +1
r3 &= 3
r0 = r3
exit
