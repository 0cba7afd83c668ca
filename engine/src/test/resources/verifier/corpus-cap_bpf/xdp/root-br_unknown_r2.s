r0 = *(u32 *)(r1 + 12)
r2 = *(u32 *)(r1 + 16)
if r0 s> r2 goto +2
r0 = r2
exit
r0 -= r2
exit
