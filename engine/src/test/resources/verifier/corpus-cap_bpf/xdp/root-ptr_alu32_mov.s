w2 = w10
r0 = 0
exit
