r2 = r10
r2 += -8
r1 = m ll
r3 = 8
r4 = 0
call 130
r0 = 0
exit
