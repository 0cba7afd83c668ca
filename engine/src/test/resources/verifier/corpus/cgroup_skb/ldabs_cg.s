r6 = r1
r0 = *(u8 *)skb[0]
r0 = 1
exit
