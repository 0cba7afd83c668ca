r0 = 5
l: if r0 > 0 goto l
exit
