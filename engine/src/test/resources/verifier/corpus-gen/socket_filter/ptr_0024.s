r0 = r1
r0 += 16
exit
