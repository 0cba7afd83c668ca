r0 = *(u32 *)(r1 + 56)
r2 = 5
r0 s%= r2
exit
