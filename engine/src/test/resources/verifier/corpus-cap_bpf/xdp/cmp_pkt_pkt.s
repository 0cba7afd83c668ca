r2 = *(u32 *)(r1 + 0)
r3 = r2
r0 = 0
if r2 == r3 goto +1
r0 = 1
exit
