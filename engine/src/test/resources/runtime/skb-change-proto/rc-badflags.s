# bpf_skb_change_proto(skb, 0xdd86, 1): r0 = the helper's return value
	r2 = 0xdd86
	r3 = 1
	call 31
	exit
