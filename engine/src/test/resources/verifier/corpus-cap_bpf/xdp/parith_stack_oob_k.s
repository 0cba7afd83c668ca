r2 = r10
r2 += 8
r0 = 0
exit
