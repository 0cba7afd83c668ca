r6 = *(u32 *)(r1 + 0)
r7 = *(u32 *)(r1 + 4)
r2 = *(u32 *)(r1 + 12)
r3 = 4
if r2 > 5 goto +1
r3 = 2
r4 = r6
r4 += 8
if r4 > r7 goto +4
r5 = r6
r5 += r3
r0 = *(u8 *)(r5 + 0)
exit
r0 = 0
exit
