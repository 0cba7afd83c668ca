r2 = 0
r1 = 7
*(u64 *)(r10 - 16) = r1
r3 = r10
r3 += -16
r1 = q ll
r4 = 0
call 2
r0 = 0
exit
