r6 = r1
call 173
exit
