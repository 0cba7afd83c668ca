w0 = w10
exit
