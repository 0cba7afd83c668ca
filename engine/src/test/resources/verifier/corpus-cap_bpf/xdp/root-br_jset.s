r0 = *(u32 *)(r1 + 12)
if r0 & 4 goto +1
r0 = 9
exit
