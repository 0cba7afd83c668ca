r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 == 4 goto +1
exit
r0 = r2
exit
