r3 = r10
r2 = st ll
call 27
r0 = 0
exit
