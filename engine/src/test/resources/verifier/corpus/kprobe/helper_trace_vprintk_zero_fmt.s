r1 = r10
r1 += -8
r2 = 0
r3 = 0
r4 = 0
call 177
r0 = 0
exit
