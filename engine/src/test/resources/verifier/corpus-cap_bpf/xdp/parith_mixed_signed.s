r3 = *(u32 *)(r1 + 0)
r3 <<= 32
r3 s>>= 32
r2 = r10
r2 += -16
if r3 s> 4 goto +2
if r3 s< -4 goto +1
r2 += r3
r0 = 0
exit
