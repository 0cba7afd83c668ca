r2 = *(u32 *)(r1 + 12)
w2 = (s8)w2
r2 s>>= 1
r0 = r2
exit
