r1 = rb ll
call 134
r0 = 0
exit
