# bpf_skb_change_proto(skb, 0x1dd86, 0): r0 = the helper's return value
	r2 = 0x1dd86
	r3 = 0
	call 31
	exit
