r2 = *(u32 *)(r1 + 12)
r3 = 0
if r2 > 1 goto +1
r3 = 0
if r2 > 2 goto +1
r3 = 0
if r2 > 3 goto +1
r3 = 0
if r2 > 4 goto +1
r3 = 0
r0 = r3
exit
