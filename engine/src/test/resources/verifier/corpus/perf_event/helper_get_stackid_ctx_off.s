r1 += 8
r2 = st ll
r3 = 0
call 27
r0 = 0
exit
