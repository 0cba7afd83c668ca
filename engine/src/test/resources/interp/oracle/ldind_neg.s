r6 = r1
r1 = -20
r0 = *(u16 *)skb[r1]
r0 = 7
exit
