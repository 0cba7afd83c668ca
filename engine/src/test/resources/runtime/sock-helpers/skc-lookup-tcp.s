r6 = r1
r2 = 0
*(u64 *)(r10 - 8) = r2
*(u64 *)(r10 - 16) = r2
r2 = r10
r2 += -16
r3 = 12
r4 = -1
r5 = 0
call 99
r1 = r0
r0 = 1
if r1 == 0 goto +2
call 86
r0 = 2
exit
