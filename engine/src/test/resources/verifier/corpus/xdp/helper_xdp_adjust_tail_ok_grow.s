r6 = r1
r2 = 16
call 65
if r0 != 0 goto +6
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r1 = r2
r1 += 4
if r1 > r3 goto +1
r0 = *(u32 *)(r2 + 0)
r0 = 2
exit
