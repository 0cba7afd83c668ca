r6 = r1
r2 = *(u32 *)(r6 + 76)
r3 = *(u32 *)(r6 + 80)
r4 = r2
r4 += 8
if r4 > r3 goto out
r7 = r2
r1 = r6
r2 = 0
r3 = r10
r3 += -8
r4 = 0
*(u64 *)(r10 - 8) = r4
r4 = 4
r5 = 0
call 9
r0 = *(u8 *)(r7 + 0)
out:
r0 = 0
exit
