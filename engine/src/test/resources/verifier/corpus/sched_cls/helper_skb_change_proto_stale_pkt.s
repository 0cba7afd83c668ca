r7 = *(u32 *)(r1 + 76)
r8 = *(u32 *)(r1 + 80)
r2 = r7
r2 += 4
if r2 > r8 goto +5
r2 = 0xdd86
r3 = 0
call 31
r0 = *(u32 *)(r7 + 0)
r0 = 0
exit
