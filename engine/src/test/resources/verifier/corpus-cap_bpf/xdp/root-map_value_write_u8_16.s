r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
r1 = m ll
call 1
if r0 == 0 goto out
*(u8 *)(r0 + 16) = 1
out:
r0 = 0
exit
