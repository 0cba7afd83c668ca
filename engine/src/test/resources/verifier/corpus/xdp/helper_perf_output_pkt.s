r6 = r1
r4 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 4)
r2 = r4
r2 += 8
if r2 > r3 goto out
r1 = r6
r2 = pe ll
r3 = 0
r5 = 8
call 25
out:
r0 = 2
exit
