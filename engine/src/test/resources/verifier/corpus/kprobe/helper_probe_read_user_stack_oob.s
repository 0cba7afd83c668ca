r3 = 0
r1 = r10
r1 += -8
r2 = 16
call 112
r0 = 0
exit
