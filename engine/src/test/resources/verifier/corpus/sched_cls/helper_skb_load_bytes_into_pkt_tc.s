r7 = *(u32 *)(r1 + 76)
r8 = *(u32 *)(r1 + 80)
r2 = r7
r2 += 8
if r2 > r8 goto +4
r2 = 0
r3 = r7
r4 = 8
call 26
r0 = 0
exit
