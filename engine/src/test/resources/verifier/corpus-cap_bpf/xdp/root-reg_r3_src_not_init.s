r0 = 1
r0 += r3
exit
