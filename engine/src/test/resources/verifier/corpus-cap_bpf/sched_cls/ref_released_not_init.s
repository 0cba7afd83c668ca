r6 = r1
r1 = 0
*(u64 *)(r10 - 8) = r1
*(u64 *)(r10 - 16) = r1
*(u64 *)(r10 - 24) = r1
*(u64 *)(r10 - 32) = r1
*(u64 *)(r10 - 40) = r1
r1 = r6
r2 = r10
r2 += -40
r3 = 36
r4 = 0
r5 = 0
call 84
if r0 == 0 goto out
r7 = r0
r1 = r0
call 86
r0 = *(u32 *)(r7 + 0)
out:
r0 = 0
exit
