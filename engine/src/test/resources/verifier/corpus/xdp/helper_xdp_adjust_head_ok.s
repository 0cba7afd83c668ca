r6 = r1
r2 = 4
call 44
r2 = *(u32 *)(r6 + 0)
r3 = *(u32 *)(r6 + 4)
r1 = r2
r1 += 1
if r1 > r3 goto out
r0 = *(u8 *)(r2 + 0)
out:
r0 = 2
exit
