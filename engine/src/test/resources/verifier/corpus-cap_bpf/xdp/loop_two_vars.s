r0 = 0
r2 = 10
l: r0 += 1
r2 -= 1
if r0 < 3 goto l
exit
