r0 = 0
if w10 > 5 goto +1
r0 = 1
exit
