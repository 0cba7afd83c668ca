r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = arr ll
call 1
if r0 == 0 goto +6
r1 = r0
r1 += 4
r2 = *(u8 *)(r0 + 0)
r2 &= 7
r1 -= r2
r0 = *(u8 *)(r1 + 0)
r0 = 0
exit
