r0 = -1
if r0 s< 0 goto +1
r0 = 2
exit
