r6 = r1
r2 = 0
*(u64 *)(r10 - 8) = r2
*(u64 *)(r10 - 16) = r2
*(u64 *)(r10 - 24) = r2
*(u64 *)(r10 - 32) = r2
*(u64 *)(r10 - 40) = r2
r2 = r10
r2 += -40
r3 = 12
r4 = 0
r5 = 0
call 84
if r0 == 0 goto +9
r7 = r0
r1 = r0
call 96
if r0 == 0 goto +3
r1 = r0
call 86
r1 = r7
call 86
r0 = 0
exit
