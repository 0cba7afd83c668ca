r0 = 1
r2 = 3
if r0 > r2 goto +1
r0 = 2
exit
