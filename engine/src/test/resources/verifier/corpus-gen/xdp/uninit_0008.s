r0 = 1
r0 += r9
exit
