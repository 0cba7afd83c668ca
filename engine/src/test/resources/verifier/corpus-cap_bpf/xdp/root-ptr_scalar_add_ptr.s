r2 = 8
r2 += r10
r0 = 0
exit
