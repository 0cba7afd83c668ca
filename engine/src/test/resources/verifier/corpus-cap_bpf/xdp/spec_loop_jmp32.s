w0 = 0
l: w0 += 1
if w0 < 3 goto l
exit
