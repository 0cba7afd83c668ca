r6 = *(u64 *)(r1 + 8)
r6 &= 7
r2 = 0
*(u64 *)(r10 - 8) = r2
r2 = pe ll
r3 = 0
r4 = r10
r4 += -8
r5 = r6
r5 += 1
call 25
r0 = 0
exit
