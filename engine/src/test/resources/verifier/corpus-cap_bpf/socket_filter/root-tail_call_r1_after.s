r2 = jt ll
r3 = 0
call 12
r0 = r1
exit
