r3 = 4
r1 += r3
r0 = 0
exit
