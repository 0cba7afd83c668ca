r2 = r10
if r2 != 0 goto +1
r0 = 1
r0 = 0
exit
