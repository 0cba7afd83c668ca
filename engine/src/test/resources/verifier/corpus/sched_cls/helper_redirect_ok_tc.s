r1 = 1
r2 = 0
call 23
exit
