# after bpf_skb_change_proto(skb, htons(ETH_P_IPV6), 0): r0 = skb->len | skb->protocol << 16 (protocol as loaded, u32)
	r6 = r1
	r2 = 0xdd86
	r3 = 0
	call 31
	r0 = *(u32 *)(r6 + 0)
	r8 = *(u32 *)(r6 + 16)
	r8 <<= 16
	r0 |= r8
	exit
