w0 = 0
l: w0 += 2
if w0 < 10 goto l
exit
