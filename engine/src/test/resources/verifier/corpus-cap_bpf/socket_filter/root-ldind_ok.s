r6 = r1
r7 = 14
r0 = *(u8 *)skb[r7]
exit
