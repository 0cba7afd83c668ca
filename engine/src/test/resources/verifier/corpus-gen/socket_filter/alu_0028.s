r2 = *(u32 *)(r1 + 40)
w2 s>>= 30
r3 = r2
r2 |= r3
w2 /= 60
r0 = r2
exit
