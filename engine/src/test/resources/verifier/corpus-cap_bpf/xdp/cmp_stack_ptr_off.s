r2 = r10
r2 += -8
r0 = 0
if r2 s< -8 goto +1
r0 = 1
exit
