r0 = 0
r1 = 30
l: r0 += 2
r1 -= 1
if r1 != 0 goto l
exit
