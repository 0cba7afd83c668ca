r1 = 0
*(u64 *)(r10 - 8) = r1
r1 = r10
r1 += -8
call 94
r0 = 0
exit
