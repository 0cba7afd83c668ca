# register-register compares between two ranges
call 7
r6 = r0
call 7
r1 = r0
r1 &= 0xff
r2 = r6
r2 &= 0x3ff
if r1 > r2 goto l1
if r2 s<= r1 goto l2
r2 -= r1
goto l2
l1:
if r2 != r1 goto l3
r2 += 1
l3:
r1 -= r2
l2:
r3 = r6
r3 s>>= 40
r4 = r0
r4 s>>= 50
if r3 s< r4 goto l4
r3 -= r4
l4:
if w3 & 0x40 goto l5
w3 += 1
l5:
r0 = 0
exit
