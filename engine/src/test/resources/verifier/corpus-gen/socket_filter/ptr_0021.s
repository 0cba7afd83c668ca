r0 = r1
r0 += 11
exit
