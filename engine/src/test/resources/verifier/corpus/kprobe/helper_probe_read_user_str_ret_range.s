r3 = 0
r1 = r10
r1 += -16
r2 = 16
call 114
r1 = r10
r1 += r0
r0 = *(u8 *)(r1 - 17)
r0 = 0
exit
