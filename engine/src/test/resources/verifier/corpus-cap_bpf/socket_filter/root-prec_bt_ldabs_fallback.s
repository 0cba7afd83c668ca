r6 = r1
r7 = *(u32 *)(r1 + 0)
r8 = 1
r8 = 1
r8 = 1
r8 = 1
r8 = 1
r8 = 1
goto +0
if r7 > 10 goto +0
r0 = *(u8 *)skb[0]
r0 &= 255
if r0 > 300 goto +1
r0 = 0
exit
