r6 = r1
r0 = 5
r0 = *(u8 *)skb[100]
r0 = 7
exit
