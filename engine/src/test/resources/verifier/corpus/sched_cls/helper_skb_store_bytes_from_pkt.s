r7 = *(u32 *)(r1 + 76)
r8 = *(u32 *)(r1 + 80)
r2 = r7
r2 += 4
if r2 > r8 goto +5
r2 = 0
r3 = r7
r4 = 4
r5 = 0
call 9
r0 = 0
exit
