r2 = *(u32 *)(r1 + 12)
r2 -= 5
r0 = 0
if r2 s< 0 goto +1
r0 = r2
exit
