r4 = 1
call 5
r0 = r4
exit
