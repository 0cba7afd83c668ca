call 93
r0 = 0
exit
