r6 = r1
r6 += 4
r0 = *(u8 *)skb[0]
exit
