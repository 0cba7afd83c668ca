w0 = w1
exit
