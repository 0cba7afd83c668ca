r0 = 0
if r1 != 7 goto +1
r0 = 1
exit
