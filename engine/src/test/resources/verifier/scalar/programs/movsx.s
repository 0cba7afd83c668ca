# sign-extending moves
call 7
r1 = r0
r1 &= 0xff
r2 = (s8)r1
r3 = r0
r3 &= 0x7f
r4 = (s8)r3
r5 = (s16)r0
r6 = (s32)r0
r7 = r0
r7 >>= 56
r8 = (s32)r7
w9 = (s8)w1
r1 = -5
r2 = (s8)r1
w3 = (s16)w1
r0 = 0
exit
