r0 = *(u32 *)(r1 + 20)
r2 = 3
r0 >>= r2
exit
