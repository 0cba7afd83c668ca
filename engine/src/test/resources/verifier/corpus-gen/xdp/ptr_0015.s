w1 += 7
r0 = 0
exit
