r0 = 0
r2 = 5
if r2 > 3 goto +1
r0 = 1
if r2 < 10 goto +1
r0 = 2
if r2 == 5 goto +1
r0 = 3
exit
