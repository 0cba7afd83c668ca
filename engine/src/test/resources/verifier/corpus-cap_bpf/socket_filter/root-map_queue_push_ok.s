r1 = 7
*(u64 *)(r10 - 16) = r1
r3 = r10
r3 += -16
r2 = r3
r1 = q ll
r3 = 0
call 87
r0 = 0
exit
