r2 = *(u32 *)(r1 + 4)
r2 &= 63
if r2 s> 8 goto +5
r3 = r10
r3 += -64
r3 += r2
*(u16 *)(r3 + 0) = 0
r0 = 0
r0 = 0
exit
