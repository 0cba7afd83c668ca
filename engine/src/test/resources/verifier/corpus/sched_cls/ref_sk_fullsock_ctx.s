call 95
r0 = 0
exit
