r1 = 0
r2 = 0
call 133
r0 = 0
exit
