r6 = r1
r1 = 0
*(u64 *)(r10 - 16) = r1
*(u32 *)(r10 - 8) = r1
r2 = *(u32 *)(r6 + 0)
r2 &= 4
r3 = r10
r3 += -16
r3 += r2
r2 = r3
r1 = m ll
call 1
r0 = 0
exit
