r2 = *(u32 *)(r1 + 12)
if r2 > 4 goto +1
r0 = 1
exit
