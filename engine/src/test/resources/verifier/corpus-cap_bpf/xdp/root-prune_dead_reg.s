r2 = *(u32 *)(r1 + 12)
if r2 > 1 goto +1
r3 = 5
if r2 > 2 goto +1
r4 = 7
if r2 > 3 goto +1
r5 = 9
r0 = 0
exit
