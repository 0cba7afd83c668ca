r2 = *(u32 *)(r1 + 0)
r0 = 0
if r2 > 5 goto +3
r3 = 1
if r3 == 1 goto +1
r0 = 1
exit
