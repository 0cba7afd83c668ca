r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 != 3 goto +1
r0 = r2
exit
