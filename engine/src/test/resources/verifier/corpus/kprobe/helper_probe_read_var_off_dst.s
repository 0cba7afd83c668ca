r6 = *(u64 *)(r1 + 104)
r6 &= 8
r1 = r10
r1 += -24
r1 += r6
r2 = 8
r3 = 0
call 4
r0 = 0
exit
