r0 = 30
l: if r0 > 0 goto l
exit
