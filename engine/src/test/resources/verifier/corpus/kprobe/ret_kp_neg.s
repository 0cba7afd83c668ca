r0 = -22
exit
