r6 = r1
r2 = jt ll
r3 = 0
call 12
r1 = r6
r2 = jt ll
r3 = 1
call 12
r0 = 0
exit
