# signed compares on sign-extended values
call 7
r1 = r0
r1 s>>= 48
if r1 s> 100 goto l1
if r1 s< -100 goto l2
r1 += 100
goto l3
l2:
r1 = -r1
goto l3
l1:
if r1 s>= 0x1000 goto l3
r1 -= 100
l3:
r2 = r0
r2 s>>= 56
if r2 s<= -1 goto l5
r2 += 1
l5:
r0 = 0
exit
