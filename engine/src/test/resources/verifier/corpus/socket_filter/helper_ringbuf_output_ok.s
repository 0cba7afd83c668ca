r2 = r10
r2 += -8
*(u64 *)(r10 - 8) = 0
r1 = rb ll
r3 = 8
r4 = 0
call 130
r0 = 0
exit
