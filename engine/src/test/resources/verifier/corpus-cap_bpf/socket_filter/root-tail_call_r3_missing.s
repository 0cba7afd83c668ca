r2 = jt ll
call 12
r0 = 0
exit
