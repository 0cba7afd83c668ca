w1 += 3
r0 = 0
exit
