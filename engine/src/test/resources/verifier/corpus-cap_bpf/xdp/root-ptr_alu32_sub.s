r2 = r10
w2 -= 4
r0 = r2
exit
