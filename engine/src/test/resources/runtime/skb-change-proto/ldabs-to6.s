# after bpf_skb_change_proto(skb, htons(ETH_P_IPV6), 0): LD_ABS sees the new packet,
# r0 = byte at 34 | byte at 14 << 8 | skb->len << 16
	r6 = r1
	r2 = 0xdd86
	r3 = 0
	call 31
	r0 = *(u8 *)skb[14]
	r7 = r0
	r7 <<= 8
	r0 = *(u8 *)skb[34]
	r0 |= r7
	r8 = *(u32 *)(r6 + 0)
	r8 <<= 16
	r0 |= r8
	exit
