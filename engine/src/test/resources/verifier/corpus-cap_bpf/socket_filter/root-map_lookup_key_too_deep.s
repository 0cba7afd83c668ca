r2 = r10
r2 += -516
r1 = m ll
call 1
r0 = 0
exit
