r0 = 1
r0 += r6
exit
