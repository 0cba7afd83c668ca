w0 = 5
if w0 < 7 goto +1
r0 = 2
exit
