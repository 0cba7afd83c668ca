r2 = 5
r3 = 7
r0 = 0
if r2 < r3 goto +1
r0 = 1
exit
