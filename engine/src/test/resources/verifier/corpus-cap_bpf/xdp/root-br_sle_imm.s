r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 s<= -1 goto +1
r0 = 1
exit
