r2 = *(u32 *)(r1 + 0)
r0 = 10
r0 /= r2
exit
