r1 = r10
r2 = 0
call 23
exit
