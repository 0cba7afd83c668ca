r2 = -1
r0 = (s8)r2
exit
