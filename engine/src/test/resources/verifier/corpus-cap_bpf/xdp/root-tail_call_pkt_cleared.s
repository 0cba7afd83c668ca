r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r7 = r2
r7 += 1
if r7 > r3 goto out
r7 = r2
r2 = jt ll
r3 = 0
call 12
r0 = *(u8 *)(r7 + 0)
out:
r0 = 2
exit
