r0 = 1
if r0 == 2 goto +1
r0 = 2
exit
