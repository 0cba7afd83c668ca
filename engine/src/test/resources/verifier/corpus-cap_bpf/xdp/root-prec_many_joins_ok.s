r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 1 goto +1
r3 = 1
if r2 > 2 goto +1
r4 = 2
if r2 > 3 goto +1
r4 = 3
r5 = r10
r5 += -16
r5 += r3
r0 = *(u8 *)(r5 + 0)
exit
