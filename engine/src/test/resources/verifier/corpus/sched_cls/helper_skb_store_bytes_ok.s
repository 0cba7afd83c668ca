r2 = 0
*(u32 *)(r10 - 8) = r2
r3 = r10
r3 += -8
r4 = 4
r5 = 0
call 9
r0 = 0
exit
