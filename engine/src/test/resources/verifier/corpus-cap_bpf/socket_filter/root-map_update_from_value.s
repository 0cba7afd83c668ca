r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = m ll
call 1
if r0 == 0 goto out
r3 = r0
r2 = r10
r2 += -4
r1 = m ll
r4 = 0
call 2
out:
r0 = 0
exit
