r1 |= 1
r0 = 0
exit
