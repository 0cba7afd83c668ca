r3 = 0
r1 = r10
r1 += -16
r2 = 16
r4 = 0
r5 = 0
call 165
r0 = 0
exit
