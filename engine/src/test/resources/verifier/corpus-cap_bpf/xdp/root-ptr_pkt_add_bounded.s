r2 = *(u32 *)(r1 + 0)
r3 = *(u32 *)(r1 + 12)
r3 &= 0xff
r2 += r3
r0 = 0
exit
