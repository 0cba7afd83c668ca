r1 = 5
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = arr ll
call 1
r1 = r0
call 93
r0 = 0
exit
