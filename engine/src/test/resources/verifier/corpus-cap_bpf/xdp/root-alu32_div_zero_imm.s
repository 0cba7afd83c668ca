w0 = 10
w0 /= 0
exit
