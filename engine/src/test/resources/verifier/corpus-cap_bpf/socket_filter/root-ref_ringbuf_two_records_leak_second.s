r1 = rb ll
r2 = 16
r3 = 0
call 131
r6 = r0
r1 = rb ll
r2 = 16
r3 = 0
call 131
r7 = r0
if r6 == 0 goto out
r1 = r6
r2 = 0
call 132
if r7 == 0 goto out
out:
r0 = 0
exit
