r6 = r1
r7 = *(u32 *)(r1 + 8)
r8 = *(u32 *)(r1 + 0)
r2 = r7
r2 += 4
if r2 > r8 goto +5
r1 = r6
r2 = -8
call 54
r0 = *(u32 *)(r7 + 0)
r0 = 2
exit
