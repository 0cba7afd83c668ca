r0 = *(u16 *)skb[12]
exit
