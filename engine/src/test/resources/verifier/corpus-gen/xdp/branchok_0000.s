r6 = r1
r2 = *(u32 *)(r6 + 12)
r2 &= 31
r4 = *(u32 *)(r6 + 0)
r5 = *(u32 *)(r6 + 4)
if r2 > 8 goto +6
r4 += r2
r3 = r4
r3 += 1
if r3 > r5 goto +1
r0 = *(u8 *)(r4 + 0)
r0 = 0
exit
