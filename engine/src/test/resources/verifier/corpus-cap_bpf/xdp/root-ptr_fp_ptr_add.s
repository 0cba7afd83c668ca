r1 += r10
r0 = 0
exit
