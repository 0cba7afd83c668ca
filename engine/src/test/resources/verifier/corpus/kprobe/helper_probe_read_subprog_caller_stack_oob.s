r1 = r10
r1 += -8
call sub
r0 = 0
exit
sub:
r2 = 16
r3 = 0
call 113
exit
