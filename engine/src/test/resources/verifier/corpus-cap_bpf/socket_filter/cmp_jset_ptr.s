r0 = 0
if r10 & 4 goto +1
r0 = 1
exit
