r6 = r1
*(u32 *)(r10 - 8) = 0
r2 = r10
r2 += -8
r1 = m ll
call 1
r1 = r6
r2 = 0
r3 = r0
r4 = 8
call 26
r0 = 0
exit
