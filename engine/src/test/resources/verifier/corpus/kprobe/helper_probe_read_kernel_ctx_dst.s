r3 = 0
r2 = 8
call 113
r0 = 0
exit
