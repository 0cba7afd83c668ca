r2 = r10
r3 = r10
r3 += -8
r2 -= r3
r0 = 0
exit
