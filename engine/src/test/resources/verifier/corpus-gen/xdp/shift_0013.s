r0 = *(u32 *)(r1 + 12)
r2 = 3
r0 >>= r2
exit
