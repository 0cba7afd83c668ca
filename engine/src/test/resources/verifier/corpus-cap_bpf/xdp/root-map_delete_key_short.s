r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = m ll
call 3
r0 = 0
exit
