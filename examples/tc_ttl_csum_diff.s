# TC rewriting with bpf_csum_diff: a sched_cls program that decrements the IPv4 TTL in place (direct
# packet write) and recomputes the header checksum incrementally, RFC 1624 style, in the program itself.
# Shows: writing the packet through data/data_end pointers (allowed for sched_cls), bpf_csum_diff
#        (sum of the new 4-byte word minus the old one, seeded with the complement of the old checksum),
#        and folding a 32-bit sum into the 16-bit one's complement checksum.
#        Compare with tc_rewrite.s, which lets bpf_l3_csum_replace do the arithmetic.
# The kernel's data_out shows TTL 64 -> 63 and the IPv4 checksum changed by +0x0100.
# run: bpfplay run --type sched_cls --packet 'eth ipv4(src=172.16.0.1,dst=172.16.0.2,ttl=64) udp(sport=1000,dport=2000) payload="x"' examples/tc_ttl_csum_diff.s
# expect: retval=TC_ACT_OK
        r0 = 0                          # TC_ACT_OK
        r6 = *(u32 *)(r1 + 76)          # skb->data
        r7 = *(u32 *)(r1 + 80)          # skb->data_end
        r2 = r6
        r2 += 34
        if r2 > r7 goto out
        r2 = *(u16 *)(r6 + 12)
        if r2 != 0x8 goto out           # IPv4 only
        r8 = *(u32 *)(r6 + 20)          # frag_off(2) ttl(1) protocol(1): the 4-byte word holding TTL
        r2 = r8
        r2 >>= 16
        r2 &= 0xff                      # TTL is byte 2 of the little-endian word
        r0 = 2                          # TC_ACT_SHOT: cannot forward a TTL of 0 or 1
        if r2 < 2 goto out
        r9 = r8
        r9 += -0x10000                  # TTL - 1, no borrow since TTL >= 2
        *(u32 *)(r10 - 8) = r8          # old word
        *(u32 *)(r10 - 4) = r9          # new word
        r5 = *(u16 *)(r6 + 24)          # old checksum
        r5 ^= 0xffff                    # seed: its complement (the sum it stands for)
        r1 = r10
        r1 += -8
        r2 = 4
        r3 = r10
        r3 += -4
        r4 = 4
        call bpf_csum_diff              # r0 = seed + new - old, as a 32-bit one's complement sum
        r1 = r0
        r1 &= 0xffff
        r0 >>= 16
        r0 += r1                        # fold once
        r1 = r0
        r1 >>= 16
        r0 &= 0xffff
        r0 += r1                        # fold the carry
        r0 ^= 0xffff                    # the new checksum
        *(u32 *)(r6 + 20) = r9          # csum_diff does not change the packet: r6's checked range still holds
        *(u16 *)(r6 + 24) = r0
        r0 = 0                          # TC_ACT_OK
        exit
out:
        exit
