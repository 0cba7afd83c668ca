r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = arr ll
call 1
if r0 == 0 goto +6
r2 = r0
r3 = r0
r1 = arr ll
r4 = 0
call 2
r0 = 0
exit
