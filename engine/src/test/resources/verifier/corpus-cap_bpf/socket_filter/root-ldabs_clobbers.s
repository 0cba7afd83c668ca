r6 = r1
r0 = *(u8 *)skb[12]
r0 += r1
exit
