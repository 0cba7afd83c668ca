r0 = 6
if r0 & 2 goto +1
r0 = 1
exit
