r1 = 0
call 5
r1 = r1
r0 = 0
exit
