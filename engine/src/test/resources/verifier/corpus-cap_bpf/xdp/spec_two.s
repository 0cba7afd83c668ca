r0 = 0
r1 = 1
if r1 == 1 goto +1
r0 = 1
if r1 != 1 goto +1
r0 = 2
exit
