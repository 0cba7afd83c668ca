r2 = r10
w2 += 4
r0 = 0
exit
