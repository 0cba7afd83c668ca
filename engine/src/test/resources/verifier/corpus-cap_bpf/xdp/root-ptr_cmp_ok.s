r2 = r10
r0 = 0
if r2 == r10 goto +1
r0 = 1
exit
