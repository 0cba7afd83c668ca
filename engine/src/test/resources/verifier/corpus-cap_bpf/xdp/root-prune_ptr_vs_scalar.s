r2 = *(u32 *)(r1 + 12)
r3 = r10
if r2 > 3 goto +1
r3 = 0
r0 = 0
exit
