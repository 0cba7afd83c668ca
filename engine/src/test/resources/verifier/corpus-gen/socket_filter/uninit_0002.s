r0 = 0
if r5 > 5 goto +1
r0 = 1
exit
