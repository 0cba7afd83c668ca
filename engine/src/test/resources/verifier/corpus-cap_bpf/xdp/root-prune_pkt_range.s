r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r5 = *(u32 *)(r1 + 12)
r4 = r2
r4 += 8
if r4 > r3 goto +6
if r5 > 3 goto +2
r0 = *(u8 *)(r2 + 1)
goto +1
r0 = *(u8 *)(r2 + 2)
r0 = *(u8 *)(r2 + 7)
exit
r0 = 0
exit
