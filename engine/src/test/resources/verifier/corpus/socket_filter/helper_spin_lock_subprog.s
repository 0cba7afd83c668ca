r1 = 0
*(u64 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = arr ll
call 1
if r0 == 0 goto +2
r1 = r0
call sub
r0 = 0
exit
sub:
call 93
r0 = 0
exit
