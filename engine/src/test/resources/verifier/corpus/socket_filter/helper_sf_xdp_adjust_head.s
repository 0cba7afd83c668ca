r2 = 0
call 44
r0 = 0
exit
