r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 1 goto +1
r3 = 1
r3 += 5
if r2 > 2 goto +1
r3 += 1
r0 = 0
exit
