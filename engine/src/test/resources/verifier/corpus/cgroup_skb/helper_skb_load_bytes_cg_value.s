r6 = r1
r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = arr ll
call 1
if r0 == 0 goto +5
r1 = r6
r2 = 0
r3 = r0
r4 = 16
call 26
r0 = 1
exit
