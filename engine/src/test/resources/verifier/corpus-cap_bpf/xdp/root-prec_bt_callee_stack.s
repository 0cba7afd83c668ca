r1 = 5
*(u64 *)(r10 - 8) = r1
r1 = r10
r1 += -8
call f
r0 = 0
exit
f:
r2 = *(u64 *)(r1 + 0)
r0 = 0
if r2 > 3 goto out
r0 = 1
out:
exit
