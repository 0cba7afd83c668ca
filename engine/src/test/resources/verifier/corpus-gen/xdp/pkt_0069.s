r3 = *(u32 *)(r1 + 4)
r2 = *(u32 *)(r1 + 0)
r4 = r2
r4 += 4
r0 = 0
if r4 <= r3 goto +1
exit
r0 = *(u8 *)(r2 + 3)
exit
