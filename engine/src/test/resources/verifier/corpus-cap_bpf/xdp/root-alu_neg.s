r0 = 5
r0 = -r0
w1 = 7
w1 = -w1
exit
