r2 = *(u32 *)(r1 + 12)
r3 = 1
r4 = 2
if r2 > 1 goto +1
r4 = 0
if r3 > r4 goto +2
r0 = 0
exit
r0 = *(u8 *)(r3 + 0)
exit
