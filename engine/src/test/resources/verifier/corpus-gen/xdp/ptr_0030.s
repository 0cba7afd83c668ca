r0 = r1
r0 += 3
exit
