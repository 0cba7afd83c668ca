# Per-protocol packet counter: counts IPv4 packets by their protocol number (6 TCP, 17 UDP, 1 ICMP, ...).
# Shows: an array map indexed by a value read from the packet, with the index checked by the lookup
#        itself (an array lookup past max_entries returns NULL), and an atomic increment.
# Maps: counts[proto] packets seen with that IPv4 protocol
# run: bpfplay run --type xdp --packet 'eth ipv4(src=192.168.1.10,dst=192.168.1.1) udp(sport=5353,dport=53) payload="q"' --dump counts examples/proto_counter.s
# expect: retval=XDP_PASS
.map counts array key=4 value=8 max_entries=256

        r2 = *(u32 *)(r1 + 0)           # data
        r3 = *(u32 *)(r1 + 4)           # data_end
        r4 = r2
        r4 += 34
        if r4 > r3 goto pass
        r4 = *(u16 *)(r2 + 12)
        if r4 != 0x8 goto pass          # not IPv4
        r4 = *(u8 *)(r2 + 23)           # protocol
        *(u32 *)(r10 - 4) = r4
        r1 = counts ll
        r2 = r10
        r2 += -4
        call bpf_map_lookup_elem
        if r0 == 0 goto pass
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1
pass:
        r0 = 2                          # XDP_PASS
        exit
