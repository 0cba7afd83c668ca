r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r0 = 2
r4 = r2
r4 += 14
if r4 > r3 goto out
r5 = *(u16 *)(r2 + 12)
if r5 != 8 goto out
r4 = r2
r4 += 34
if r4 > r3 goto out
r6 = *(u8 *)(r2 + 23)
if r6 != 17 goto out
r0 = 1
out:
exit
