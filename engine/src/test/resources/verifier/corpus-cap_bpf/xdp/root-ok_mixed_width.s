r2 = *(u32 *)(r1 + 12)
w2 &= 0xff
r2 <<= 8
r3 = r2
r3 >>= 4
r0 = r3
exit
