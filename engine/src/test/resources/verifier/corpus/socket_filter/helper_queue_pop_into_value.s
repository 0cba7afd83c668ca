r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = arr ll
call 1
if r0 == 0 goto +4
r2 = r0
r1 = q ll
call 88
r0 = 0
exit
