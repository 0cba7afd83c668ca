r2 = 1
call 5
r0 = r2
exit
