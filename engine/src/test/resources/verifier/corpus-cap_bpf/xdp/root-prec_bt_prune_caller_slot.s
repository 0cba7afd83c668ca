r6 = *(u32 *)(r1 + 12)
r1 = 3
*(u64 *)(r10 - 8) = r1
r1 = r10
r1 += -8
r2 = r6
call f
r0 = 0
exit
f:
r3 = 0
if r2 > 5 goto l
r3 = 1
l:
r4 = *(u64 *)(r1 + 0)
if r4 > 2 goto out
r3 = 2
out:
r0 = r3
exit
