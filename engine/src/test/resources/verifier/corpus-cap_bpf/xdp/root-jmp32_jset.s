r2 = *(u32 *)(r1 + 12)
r0 = 0
if w2 & 0x10 goto +1
r0 = r2
exit
