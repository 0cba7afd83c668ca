r0 = *(u32 *)(r1 + 16)
r2 = 5
r0 %= r2
exit
