r0 = 1
r0 += r4
exit
