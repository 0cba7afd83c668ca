r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r4 = r2
r4 += 4
if r4 > r3 goto out
r5 = *(u32 *)(r2 + 0)
r5 = be32 r5
r5 += 1
r5 = be32 r5
*(u32 *)(r2 + 0) = r5
r0 = *(u8 *)(r2 + 3)
exit
out:
r0 = 0
exit
