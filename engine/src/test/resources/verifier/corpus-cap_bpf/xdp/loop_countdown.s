r0 = 5
l: r0 -= 1
if r0 != 0 goto l
exit
