r0 = r1
r0 += 13
exit
