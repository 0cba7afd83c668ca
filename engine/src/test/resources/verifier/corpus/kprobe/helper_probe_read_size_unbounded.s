r2 = *(u64 *)(r1 + 104)
r3 = r2
r1 = r10
r1 += -16
call 4
r0 = 0
exit
