r6 = 1
r0 = *(u32 *)skb[12]
exit
