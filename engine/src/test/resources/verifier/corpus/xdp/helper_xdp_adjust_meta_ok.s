r2 = -8
call 54
r0 = 2
exit
