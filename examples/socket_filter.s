# Socket filter: keeps only IPv4 TCP packets, trimmed to their first 64 bytes; everything else is dropped.
# Shows: the classic-BPF style LD_ABS loads (r6 must hold the context; they convert to host byte order
#        and end the program with 0 if the packet is too short), and the socket filter return value as
#        "how many bytes to keep" (0 drops the packet).
# run: bpfplay run --type socket_filter --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(dport=443,flags=PA) payload="hello, socket filter: this payload makes the packet longer than 64"' examples/socket_filter.s
# expect: retval=64
        r6 = r1
        r0 = *(u16 *)skb[12]            # EtherType, host order
        if r0 != 0x800 goto drop
        r0 = *(u8 *)skb[23]             # IPv4 protocol
        if r0 != 6 goto drop
        r0 = 64                         # keep 64 bytes (the whole packet if it is shorter)
        exit
drop:
        r0 = 0
        exit
