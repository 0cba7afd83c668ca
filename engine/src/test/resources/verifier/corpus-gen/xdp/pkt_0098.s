r3 = *(u32 *)(r1 + 4)
r2 = *(u32 *)(r1 + 0)
r4 = r2
r4 += 42
r0 = 1
if r4 <= r3 goto +1
exit
r0 = *(u32 *)(r2 + 28)
r0 &= 1
exit
