r1 = 3
*(u32 *)(r10 - 8) = r1
r2 = r10
r2 += -8
r1 = m ll
call 1
r6 = r0
r0 = *(u32 *)(r10 - 8)
if r0 > 7 goto out
r0 = *(u64 *)(r6 + 0)
out:
r0 = 0
exit
