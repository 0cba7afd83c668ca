r0 = *(u32 *)(r1 + 12)
if r0 > 10 goto +1
r0 = 0
exit
