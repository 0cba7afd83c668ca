r0 = 3
l: if r0 > 0 goto l
exit
