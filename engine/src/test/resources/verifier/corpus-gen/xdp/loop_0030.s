r0 = 10
l: if r0 > 0 goto l
exit
