w2 = 7
r0 = 0
if w2 == 7 goto +1
r0 = 1
exit
