r0 = -10
r0 s/= 3
r1 = -7
r1 s%= 2
r0 += r1
exit
