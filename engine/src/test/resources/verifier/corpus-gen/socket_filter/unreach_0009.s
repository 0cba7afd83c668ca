r0 = 4
if r0 > 10 goto +1
exit
r0 = r5
exit
