r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 5 goto +1
r3 = 1
r5 = r3
r6 = r5
r6 += 1
if r6 == 2 goto +2
r0 = 0
exit
r0 = *(u8 *)(r6 + 0)
exit
