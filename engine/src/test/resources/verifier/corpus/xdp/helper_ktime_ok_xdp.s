call 5
r0 &= 1
exit
