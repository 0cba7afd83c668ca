r1 = 0
*(u64 *)(r10 - 8) = r1
*(u64 *)(r10 - 16) = r1
r2 = r10
r2 += -16
r1 = m ll
call 1
if r0 == 0 goto out
r2 = r0
r1 = m ll
call 1
out:
r0 = 0
exit
