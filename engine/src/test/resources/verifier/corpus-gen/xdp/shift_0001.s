r0 = *(u32 *)(r1 + 20)
r2 = 3
r0 s>>= r2
exit
