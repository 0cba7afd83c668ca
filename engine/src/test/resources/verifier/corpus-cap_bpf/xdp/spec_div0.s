r0 = 1
r2 = 0
if r2 == 0 goto +1
r0 /= r2
exit
