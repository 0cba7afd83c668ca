call 125
r0 = 0
exit
