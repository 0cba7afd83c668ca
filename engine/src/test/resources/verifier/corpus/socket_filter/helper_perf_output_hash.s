r2 = m ll
r3 = 0
r4 = r10
r4 += -8
r5 = 8
call 25
r0 = 0
exit
