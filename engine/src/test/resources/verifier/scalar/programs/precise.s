# branches decided by known values (precision marks) and an unknown compared with a constant
r1 = 5
r2 = 7
if r1 > r2 goto l1
r1 += r2
r6 = r1
l1:
r6 = r1
call 7
r3 = r0
r3 &= 15
if r3 > 20 goto l2
r3 += 1
l2:
r0 = r6
exit
