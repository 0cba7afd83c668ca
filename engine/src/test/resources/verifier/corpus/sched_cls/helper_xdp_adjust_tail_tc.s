r2 = -4
call 65
r0 = 0
exit
