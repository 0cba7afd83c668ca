w0 = -1
w0 += 2
w1 = w0
w1 *= 7
w0 -= w1
exit
