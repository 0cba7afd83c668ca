r2 = *(u32 *)(r1 + 12)
if r2 > 64 goto +5
r3 = r10
r3 += -64
r3 += r2
*(u8 *)(r3 + 0) = 0
r0 = 0
r0 = 0
exit
