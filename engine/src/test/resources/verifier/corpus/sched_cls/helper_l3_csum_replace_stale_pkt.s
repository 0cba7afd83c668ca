r7 = *(u32 *)(r1 + 76)
r8 = *(u32 *)(r1 + 80)
r2 = r7
r2 += 4
if r2 > r8 goto +6
r2 = 24
r3 = 0
r4 = 0
r5 = 2
call 10
r0 = *(u32 *)(r7 + 0)
r0 = 0
exit
