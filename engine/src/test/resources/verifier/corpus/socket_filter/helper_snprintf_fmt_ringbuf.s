r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto +10
r6 = r0
r3 = r0
r1 = r10
r1 += -16
r2 = 16
r4 = 0
r5 = 0
call 165
r1 = r6
r2 = 0
call 133
r0 = 0
exit
