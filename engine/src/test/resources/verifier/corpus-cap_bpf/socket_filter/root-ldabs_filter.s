r6 = r1
r0 = *(u16 *)skb[12]
if r0 != 0x800 goto +2
r0 = *(u8 *)skb[23]
exit
r0 = 0
exit
