w0 = 1
exit
