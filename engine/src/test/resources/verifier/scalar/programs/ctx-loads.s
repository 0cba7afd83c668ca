# narrow and full loads from __sk_buff
r2 = *(u32 *)(r1 + 0)
r3 = *(u16 *)(r1 + 0)
r4 = *(u8 *)(r1 + 0)
r5 = *(u32 *)(r1 + 8)
r2 += r4
r3 <<= 16
r3 |= r4
r5 &= 0x3ff
r5 -= r4
r4 *= r4
r0 = 0
exit
