r2 = *(u32 *)(r1 + 12)
r0 = 0
if w2 s> 100 goto +2
if w2 s< -5 goto +1
r0 = r2
exit
