call 212
r0 = 0
exit
