r6 = r1
r7 = *(u32 *)(r1 + 0)
r8 = *(u32 *)(r1 + 4)
r2 = r7
r2 += 8
if r2 > r8 goto +6
r1 = r6
r2 = pe ll
r3 = 0
r4 = r7
r5 = 16
call 25
r0 = 2
exit
