r3 = *(u64 *)(r1 + 104)
r1 = r10
r1 += -16
r2 = 16
call 45
r0 = 0
exit
