r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r1 = r2
r1 += 8
if r1 > r3 goto +3
r1 = r2
r2 = -8
call 54
r0 = 2
exit
