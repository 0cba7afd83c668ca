r2 = 0
*(u64 *)(r10 - 8) = r2
r2 = pe ll
r3 = 0xffffffff ll
r4 = r10
r4 += -8
r5 = 0
call 25
r0 = 0
exit
