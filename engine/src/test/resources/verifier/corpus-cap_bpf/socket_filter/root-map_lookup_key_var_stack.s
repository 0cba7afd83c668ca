r3 = *(u32 *)(r1 + 0)
r3 &= 4
r2 = r10
r2 += -8
r2 -= r3
r1 = m ll
call 1
r0 = 0
exit
