r0 = 0
r1 = 0
l1: r2 = 0
l2: r0 += 1
r2 += 1
if r2 < 3 goto l2
r1 += 1
if r1 < 3 goto l1
exit
