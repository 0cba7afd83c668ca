r2 = 0
r3 = 0
r4 = 8
call 26
r0 = 0
exit
