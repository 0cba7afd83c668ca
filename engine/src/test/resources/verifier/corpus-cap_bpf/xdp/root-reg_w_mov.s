w0 = 5
exit
