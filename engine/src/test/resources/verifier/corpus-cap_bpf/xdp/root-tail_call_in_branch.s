r6 = r1
r7 = *(u32 *)(r1 + 0)
if r7 == 0 goto out
r1 = r6
r2 = jt ll
r3 = 0
call 12
out:
r0 = 2
exit
