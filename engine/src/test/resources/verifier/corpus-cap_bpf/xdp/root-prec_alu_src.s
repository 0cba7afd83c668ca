r2 = *(u32 *)(r1 + 12)
r3 = 1
if r2 > 1 goto +1
r3 = 3
r4 = 2
r4 += r3
if r4 == 5 goto +2
r0 = 0
exit
r0 = *(u8 *)(r4 + 0)
exit
