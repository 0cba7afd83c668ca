r1 = m ll
r3 = 0
*(u64 *)(r10 - 16) = r3
r2 = r10
r2 += -16
call 1
r0 = 0
exit
