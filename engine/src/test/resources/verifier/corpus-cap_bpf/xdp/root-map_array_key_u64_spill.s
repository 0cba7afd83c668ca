r1 = 2
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = m ll
call 1
r1 = *(u64 *)(r0 + 0)
r0 = 0
exit
