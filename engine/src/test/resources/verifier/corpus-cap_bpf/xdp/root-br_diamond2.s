r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 > 4 goto +1
r0 = 1
if r2 > 8 goto +1
r0 += 2
exit
