*(u32 *)(r10 - 8) = 0
r2 = r10
r2 += -8
r1 = m ll
call 1
*(u64 *)(r0 + 0) = 1
r0 = 0
exit
