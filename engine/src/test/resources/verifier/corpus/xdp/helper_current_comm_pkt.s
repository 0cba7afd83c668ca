r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r1 = r2
r1 += 16
if r1 > r3 goto +3
r1 = r2
r2 = 16
call 16
r0 = 2
exit
