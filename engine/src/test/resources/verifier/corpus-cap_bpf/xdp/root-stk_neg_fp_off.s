r2 = r10
r2 += -600
r0 = 0
exit
