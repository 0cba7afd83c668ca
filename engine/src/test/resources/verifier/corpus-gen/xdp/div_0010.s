r0 = *(u32 *)(r1 + 8)
r2 = 0
r0 %= r2
exit
