r6 = r1
r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = *(u32 *)(r6 + 0)
r2 &= 8
r3 = r10
r3 += -64
r3 += r2
r2 = r3
r1 = m ll
call 1
r0 = 0
exit
