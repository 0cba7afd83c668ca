r10 += 8
r0 = 0
exit
