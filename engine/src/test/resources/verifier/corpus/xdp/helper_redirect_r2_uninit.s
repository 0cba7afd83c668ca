r1 = 1
call 23
exit
