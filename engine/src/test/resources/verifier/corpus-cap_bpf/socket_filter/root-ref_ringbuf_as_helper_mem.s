r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto out
r6 = r0
r2 = r0
r1 = rb ll
r3 = 16
r4 = 0
call 130
r1 = r6
r2 = 0
call 132
out:
r0 = 0
exit
