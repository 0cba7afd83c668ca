r2 = 0
r1 = m ll
call 1
r0 = 0
exit
