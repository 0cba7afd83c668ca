r0 = 100
l: if r0 > 0 goto l
exit
