# after bpf_skb_change_proto(skb, htons(ETH_P_IP), 0): direct access through the new data/data_end,
# r0 = byte at data+14 | (data_end - data) << 8, or 0xffff when 15 bytes are not there
	r6 = r1
	r2 = 0x0008
	r3 = 0
	call 31
	r2 = *(u32 *)(r6 + 76)
	r3 = *(u32 *)(r6 + 80)
	r4 = r2
	r4 += 15
	if r4 > r3 goto out
	r0 = *(u8 *)(r2 + 14)
	r3 -= r2
	r3 <<= 8
	r0 |= r3
	exit
out:
	r0 = 0xffff
	exit
