r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r1 = r2
r1 += 8
if r1 > r3 goto +2
r1 = r2
call 93
r0 = 2
exit
