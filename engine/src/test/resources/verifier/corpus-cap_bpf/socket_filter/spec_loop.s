r0 = 0
l: r0 += 1
if r0 < 4 goto l
exit
