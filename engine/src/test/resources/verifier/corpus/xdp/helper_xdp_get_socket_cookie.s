call 46
r0 = 0
exit
