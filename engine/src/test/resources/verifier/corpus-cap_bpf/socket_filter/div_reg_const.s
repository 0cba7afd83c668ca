r2 = 3
r0 = 10
r0 /= r2
exit
