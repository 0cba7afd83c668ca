r0 = 0
if r5 > 3 goto +1
exit
exit
