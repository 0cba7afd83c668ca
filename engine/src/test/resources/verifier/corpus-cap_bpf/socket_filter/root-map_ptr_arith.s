r1 = m ll
r1 += 8
r0 = 0
exit
