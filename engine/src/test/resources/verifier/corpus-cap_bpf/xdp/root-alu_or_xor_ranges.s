r2 = *(u32 *)(r1 + 12)
r2 &= 0xf0
r2 |= 3
r3 = r2
r3 ^= 0x81
r0 = r3
exit
