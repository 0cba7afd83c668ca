r2 = *(u32 *)(r1 + 16)
r3 = r2
r3 *= 3
r4 = r2
r4 >>= 3
r5 = r2
r5 |= 0x100
r6 = r2
r6 ^= 0xff
r0 = 0
exit
