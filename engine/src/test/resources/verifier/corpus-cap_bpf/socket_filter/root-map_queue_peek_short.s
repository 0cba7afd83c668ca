r2 = r10
r2 += -4
r1 = q ll
call 89
r0 = 0
exit
