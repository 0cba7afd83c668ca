r2 = *(u32 *)(r1 + 12)
r0 = 0
if r2 > 10 goto +1
exit
r0 = *(u8 *)(r2 + 0)
exit
