call +2
r0 &= 1
exit
r0 = 7
exit
