r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 14
if r4 > r3 goto +7
r5 = r2
r5 += 34
if r5 > r3 goto +4
r0 = *(u8 *)(r2 + 23)
r1 = *(u32 *)(r2 + 26)
r0 += r1
exit
r0 = 1
exit
