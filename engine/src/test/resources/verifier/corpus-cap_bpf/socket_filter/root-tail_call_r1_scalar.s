r1 = 0
r2 = jt ll
r3 = 0
call 12
r0 = 0
exit
