r0 = 4
if r0 & 2 goto +1
r0 = 1
exit
