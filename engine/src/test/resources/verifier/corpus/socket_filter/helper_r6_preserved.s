r6 = 1
call 5
r0 = r6
exit
