r1 = r10
r0 = 0
r2 = 0
call 8
call 93
r0 = 0
exit
