r3 = *(u32 *)(r1 + 0)
r1 = m ll
*(u8 *)(r10 - 8) = r3
r2 = r10
r2 += -8
call 1
r0 = 0
exit
