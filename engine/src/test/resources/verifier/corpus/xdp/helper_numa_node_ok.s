call 42
r0 = 0
exit
