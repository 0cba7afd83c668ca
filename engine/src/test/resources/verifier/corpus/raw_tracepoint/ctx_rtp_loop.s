r2 = 0
r0 = 0
r3 = *(u64 *)(r1 + 0)
r0 += r3
r2 += 1
if r2 < 4 goto -4
exit
