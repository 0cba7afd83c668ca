r3 = 1
call 5
r0 = r3
exit
