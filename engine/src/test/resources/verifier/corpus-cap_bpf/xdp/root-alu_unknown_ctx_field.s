r2 = *(u32 *)(r1 + 12)
r2 &= 0xf
r2 += 4
r0 = r2
exit
