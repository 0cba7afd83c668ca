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
if r6 == 0 goto a
r1 = r6
r2 = 0
call 132
a:
if r7 == 0 goto out
r1 = r7
r2 = 0
call 132
out:
r0 = 0
exit
