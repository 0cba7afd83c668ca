r6 = r1
r0 = *(u16 *)skb[12]
r7 = r0
r0 = *(u8 *)skb[14]
r7 <<= 8
r7 |= r0
r1 = 15
r0 = *(u32 *)skb[r1]
r0 += r7
exit
