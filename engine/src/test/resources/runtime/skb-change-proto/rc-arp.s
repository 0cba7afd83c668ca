# bpf_skb_change_proto(skb, 0x0608, 0): r0 = the helper's return value
	r2 = 0x0608
	r3 = 0
	call 31
	exit
