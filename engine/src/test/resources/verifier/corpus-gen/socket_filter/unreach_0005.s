r0 = 5
if r0 > 10 goto +1
exit
r0 = r5
exit
