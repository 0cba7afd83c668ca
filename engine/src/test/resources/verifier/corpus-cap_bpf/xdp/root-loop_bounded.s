r0 = 0
l: r0 += 1
if r0 < 5 goto l
exit
