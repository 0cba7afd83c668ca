r2 = 0
r3 = r10
r3 += -64
r4 = 65
call 26
r0 = 0
exit
