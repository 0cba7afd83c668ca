r1 = m ll
r3 = 0
*(u32 *)(r10 - 4) = r3
r2 = r10
r2 += -8
call 1
r0 = 0
exit
