r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto +8
r6 = r0
r1 = r0
r2 = 24
r3 = 0
call 113
r1 = r6
r2 = 0
call 132
r0 = 0
exit
