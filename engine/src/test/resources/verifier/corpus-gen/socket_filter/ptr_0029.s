w1 += 6
r0 = 0
exit
