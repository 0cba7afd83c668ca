r1 = m ll
r2 = r10
r2 += -8
call 1
r0 = 0
exit
