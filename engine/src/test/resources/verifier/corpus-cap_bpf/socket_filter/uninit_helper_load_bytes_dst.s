r2 = 0
r3 = r10
r3 += -16
r4 = 16
call 26
r0 = 0
exit
