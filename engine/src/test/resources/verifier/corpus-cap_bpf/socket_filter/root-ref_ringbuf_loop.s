r6 = 0
loop:
r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto next
r1 = r0
r2 = 0
call 132
next:
r6 += 1
if r6 < 3 goto loop
r0 = 0
exit
