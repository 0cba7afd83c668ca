r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = m ll
call 1
if r0 == 0 goto out
r1 = r0
r1 += 4
r1 -= r0
r0 = r1
exit
out:
r0 = 0
exit
