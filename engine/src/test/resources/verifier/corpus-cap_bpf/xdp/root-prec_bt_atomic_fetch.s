r1 = 3
*(u64 *)(r10 - 8) = r1
r2 = 1
r2 = atomic_fetch_add((u64 *)(r10 - 8), r2)
r0 = 0
if r2 > 5 goto out
r0 = 1
out:
exit
