r2 = r10
r2 += -8
r1 = q ll
call 88
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit
