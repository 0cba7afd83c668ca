r0 = 1
r0 += r8
exit
