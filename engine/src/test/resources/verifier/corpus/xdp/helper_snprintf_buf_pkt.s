r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r1 = r2
r1 += 16
if r1 > r3 goto +6
r1 = r2
r2 = 16
r3 = 0
r4 = 0
r5 = 0
call 165
r0 = 2
exit
