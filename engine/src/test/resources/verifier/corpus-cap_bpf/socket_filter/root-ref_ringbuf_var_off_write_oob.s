r6 = r1
r1 = rb ll
r2 = 16
r3 = 0
call 131
if r0 == 0 goto out
r1 = *(u32 *)(r6 + 0)
r1 &= 15
r2 = r0
r2 += r1
*(u64 *)(r2 + 0) = 1
r1 = r0
r2 = 0
call 132
out:
r0 = 0
exit
