r4 = *(u32 *)(r1 + 0)
r2 = 0
r3 = r10
r3 += -8
call 26
r0 = 0
exit
