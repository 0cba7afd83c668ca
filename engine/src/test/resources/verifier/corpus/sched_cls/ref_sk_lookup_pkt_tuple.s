r2 = *(u32 *)(r1 + 76)
r3 = *(u32 *)(r1 + 80)
r0 = r2
r0 += 12
if r0 > r3 goto +7
r3 = 12
r4 = 0
r5 = 0
call 84
if r0 == 0 goto +2
r1 = r0
call 86
r0 = 0
exit
