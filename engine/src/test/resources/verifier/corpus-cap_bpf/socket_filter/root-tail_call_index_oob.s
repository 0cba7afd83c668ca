r2 = jt ll
r3 = 10
call 12
r0 = 0
exit
