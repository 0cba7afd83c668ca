r2 = *(u32 *)(r1 + 16)
r0 = 0
if r2 != 8 goto +1
r0 = -1
exit
