r2 = r10
r2 += -8
r1 = stk ll
call 89
if r0 != 0 goto +1
r0 = *(u64 *)(r10 - 8)
r0 = 0
exit
