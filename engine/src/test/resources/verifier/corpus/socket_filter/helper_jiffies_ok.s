call 118
r0 = 0
exit
