r0 = -16
r0 s>>= 2
exit
