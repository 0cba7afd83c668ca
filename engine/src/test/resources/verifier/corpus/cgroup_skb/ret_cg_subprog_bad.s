call +1
exit
r0 = 7
exit
