call 160
r0 = 0
exit
