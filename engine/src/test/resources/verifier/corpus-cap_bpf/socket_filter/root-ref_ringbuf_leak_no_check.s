r1 = rb ll
r2 = 16
r3 = 0
call 131
r0 = 0
exit
