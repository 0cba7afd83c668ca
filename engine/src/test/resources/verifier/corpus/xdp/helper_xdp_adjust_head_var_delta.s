r6 = r1
r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r3 -= r2
r2 = r3
r2 &= 31
r1 = r6
call 44
r0 = 2
exit
