# LPM routing: looks up the IPv4 destination in a longest-prefix-match trie of routes and records
# which route won; packets without a route are dropped.
# Shows: an lpm_trie map (flags=1, BPF_F_NO_PREALLOC, is mandatory), its key layout
#        {u32 prefixlen; u8 addr[4]} with a /32 lookup key, and that the most specific prefix wins:
#        10.0.0.0/8 -> 1 and 10.0.0.0/24 -> 2 both match 10.0.0.2, the /24 is chosen.
# run: bpfplay run --type xdp --packet 'eth ipv4(src=192.168.0.1,dst=10.0.0.2) udp(dport=53)' --init routes:080000000a000000=01000000 --init routes:180000000a000000=02000000 --dump chosen examples/lpm_route.s
# expect: retval=XDP_PASS
.map routes lpm_trie key=8 value=4 max_entries=16 flags=1
.map chosen array key=4 value=4 max_entries=1

        r6 = *(u32 *)(r1 + 0)
        r7 = *(u32 *)(r1 + 4)
        r0 = 2                          # XDP_PASS for what is not IPv4
        r2 = r6
        r2 += 34
        if r2 > r7 goto out
        r3 = *(u16 *)(r6 + 12)
        if r3 != 0x8 goto out
        r1 = 32
        *(u32 *)(r10 - 8) = r1          # prefixlen: match all 32 bits (as far as a route allows)
        r3 = *(u32 *)(r6 + 30)          # daddr, network order as the trie expects
        *(u32 *)(r10 - 4) = r3
        r1 = routes ll
        r2 = r10
        r2 += -8
        call bpf_map_lookup_elem
        if r0 == 0 goto noroute
        r8 = *(u32 *)(r0 + 0)           # the winning route's value
        *(u32 *)(r10 - 12) = 0
        r1 = chosen ll
        r2 = r10
        r2 += -12
        call bpf_map_lookup_elem
        if r0 == 0 goto pass
        *(u32 *)(r0 + 0) = r8
pass:
        r0 = 2                          # XDP_PASS
        goto out
noroute:
        r0 = 1                          # XDP_DROP
out:
        exit
