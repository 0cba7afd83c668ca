r0 = r10
r0 += -8
exit
