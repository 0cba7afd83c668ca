r1 = arr ll
call 93
r0 = 0
exit
