r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto +6
r6 = r0
r1 = r0
call 93
r1 = r6
r2 = 0
call 133
r0 = 0
exit
