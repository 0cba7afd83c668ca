r2 = -3
r0 = 10
r0 s/= r2
exit
