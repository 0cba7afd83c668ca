r0 = r1
r0 += 7
exit
