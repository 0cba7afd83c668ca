r2 = r10
r2 += -520
r0 = 0
exit
