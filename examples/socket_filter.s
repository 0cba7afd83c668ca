# Socket filter: keeps only IPv4 TCP packets, trimmed to their first 64 bytes; everything else is dropped.
# Shows: __sk_buff->protocol (the EtherType, network order), the classic-BPF style LD_ABS load (r6 must
#        hold the context; it converts to host byte order and ends the program with 0 if the packet is
#        too short), and the socket filter return value as "how many bytes to keep" (0 drops the packet).
#        LD_ABS offsets count from skb->data, which is the network header in BPF_PROG_TEST_RUN but the
#        MAC header on a packet socket; SKF_NET_OFF (-0x100000) + 9 always means "IPv4 protocol byte".
# run: bpfplay run --type socket_filter --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=443,flags=PA) payload="hello, socket filter: this payload makes the packet longer than 64"' examples/socket_filter.s
# expect: retval=64
        r6 = r1
        r0 = *(u32 *)(r6 + 16)          # skb->protocol: ETH_P_IP (0x0800) in network order reads as 0x0008
        if r0 != 0x8 goto drop
        r0 = *(u8 *)skb[-1048567]       # SKF_NET_OFF + 9: the IPv4 protocol byte
        if r0 != 6 goto drop
        r0 = 64                         # keep 64 bytes (the whole packet if it is shorter)
        exit
drop:
        r0 = 0
        exit
