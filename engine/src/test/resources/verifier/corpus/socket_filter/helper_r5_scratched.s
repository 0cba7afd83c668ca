r5 = 1
call 5
r0 = r5
exit
