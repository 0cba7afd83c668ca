r6 = r1
r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto t
r1 = r0
r2 = 0
call 133
t:
r1 = r6
r2 = jt ll
r3 = 0
call 12
r0 = 0
exit
