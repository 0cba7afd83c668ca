r1 = r10
call 173
exit
