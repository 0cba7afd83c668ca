r1 = r10
r1 += -16
call sub
r0 = *(u64 *)(r10 - 16)
r0 = 0
exit
sub:
r2 = 16
r3 = 0
call 113
exit
