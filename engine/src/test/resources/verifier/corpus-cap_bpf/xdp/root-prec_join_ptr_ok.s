r2 = *(u32 *)(r1 + 12)
r3 = 8
if r2 > 5 goto +1
r3 = 16
r4 = r10
r4 -= r3
r0 = *(u8 *)(r4 + 0)
exit
