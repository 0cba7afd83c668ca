r1 = rb ll
r2 = 0
call 134
r0 = 2
exit
