r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = 7
*(u64 *)(r10 - 16) = r1
r3 = r10
r3 += -16
r1 = m ll
r4 = r10
call 2
r0 = 0
exit
