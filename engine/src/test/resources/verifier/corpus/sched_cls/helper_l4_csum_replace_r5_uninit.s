r2 = 50
r3 = 0
r4 = 0
call 11
r0 = 0
exit
