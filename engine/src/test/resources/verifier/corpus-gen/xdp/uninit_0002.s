r0 = 1
r0 += r5
exit
