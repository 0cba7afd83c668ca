r0 = r1
r0 += 4
exit
