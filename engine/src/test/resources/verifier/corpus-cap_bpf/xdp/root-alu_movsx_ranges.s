r2 = *(u32 *)(r1 + 12)
r3 = (s8)r2
r4 = (s16)r2
r5 = (s32)r2
r0 = 0
exit
