r2 = *(u32 *)(r1 + 12)
r2 &= 0xff
r2 *= 13
r3 = r2
r3 += -100
r0 = r3
exit
