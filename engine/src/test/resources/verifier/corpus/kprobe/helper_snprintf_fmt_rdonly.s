r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = arr ll
call 1
if r0 == 0 goto +6
r3 = r0
r1 = r10
r1 += -16
r2 = 16
r4 = 0
r5 = 0
call 165
r0 = 0
exit
