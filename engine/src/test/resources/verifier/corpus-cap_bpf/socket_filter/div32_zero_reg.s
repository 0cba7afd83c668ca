w2 = 0
w0 = 10
w0 /= w2
exit
