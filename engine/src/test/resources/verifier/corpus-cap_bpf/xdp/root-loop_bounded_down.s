r1 = 4
r0 = 0
l: r0 += r1
r1 -= 1
if r1 != 0 goto l
exit
