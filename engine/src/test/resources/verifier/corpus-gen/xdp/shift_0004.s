r0 = *(u32 *)(r1 + 12)
r2 = 32
r0 s>>= r2
exit
