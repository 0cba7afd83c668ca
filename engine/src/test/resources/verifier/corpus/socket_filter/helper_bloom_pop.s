r2 = r10
r2 += -8
r1 = bf ll
call 88
r0 = 0
exit
