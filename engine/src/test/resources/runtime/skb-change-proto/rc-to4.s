# bpf_skb_change_proto(skb, 0x0008, 0): r0 = the helper's return value
	r2 = 0x0008
	r3 = 0
	call 31
	exit
