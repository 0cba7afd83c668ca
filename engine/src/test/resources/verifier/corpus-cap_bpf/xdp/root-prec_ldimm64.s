r2 = *(u32 *)(r1 + 12)
r3 = 0x100000000 ll
if r2 > 1 goto +2
r3 = 0x200000000 ll
r4 = r3
r4 >>= 32
if r4 == 2 goto +2
r0 = 0
exit
r0 = *(u8 *)(r4 + 0)
exit
