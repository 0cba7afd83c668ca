r0 = 1
l: if r0 > 0 goto l
exit
