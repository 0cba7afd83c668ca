r0 = 0
r3 = 0
if r3 == 0 goto +1
r0 = r5
exit
