r1 = m ll
r3 = 0
*(u64 *)(r10 - 8) = r3
r2 = r10
r2 += -8
r3 = r10
r3 += -16
r4 = 0
call 2
r0 = 0
exit
