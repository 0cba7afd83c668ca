r0 = 0
r1 = 0
l: r0 += r1
r1 += 1
if r1 < 10 goto l
exit
