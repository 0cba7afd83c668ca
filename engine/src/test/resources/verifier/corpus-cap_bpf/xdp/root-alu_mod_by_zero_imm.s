r0 = 10
r0 %= 0
exit
