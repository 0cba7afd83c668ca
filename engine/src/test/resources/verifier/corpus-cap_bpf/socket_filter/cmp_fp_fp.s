r0 = 0
r2 = r10
if r2 == r10 goto +1
r0 = 1
exit
