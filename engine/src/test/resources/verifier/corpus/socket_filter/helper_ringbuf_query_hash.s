r1 = m ll
r2 = 0
call 134
r0 = 0
exit
