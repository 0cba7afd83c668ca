r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = arr ll
call 1
if r0 == 0 goto +9
r3 = r0
r2 = *(u64 *)(r0 + 0)
r2 &= 15
r1 = r10
r1 += -16
r4 = 0
r5 = 0
call 165
r0 = 0
exit
