# TC rewriting: a sched_cls program that decrements the IPv4 TTL and redirects TCP port 80 to 8080,
# fixing the IPv4 header checksum and the TCP checksum incrementally.
# Shows: bpf_skb_store_bytes to write the packet, bpf_l3_csum_replace / bpf_l4_csum_replace to patch
#        checksums without recomputing them, and that helpers which change the packet invalidate
#        packet pointers (so all reads happen first, into callee-saved registers).
# The kernel's data_out shows the rewritten bytes: TTL 64 -> 63, port 0x0050 -> 0x1f90, both checksums fixed.
# run: bpfplay run --type sched_cls --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2,ttl=64) tcp(sport=40000,dport=80,flags=S)' examples/tc_rewrite.s
# expect: retval=TC_ACT_OK
        r6 = r1                         # keep the __sk_buff for the helpers
        r2 = *(u32 *)(r6 + 76)          # skb->data
        r3 = *(u32 *)(r6 + 80)          # skb->data_end
        r0 = 0                          # TC_ACT_OK
        r4 = r2
        r4 += 54                        # Ethernet 14 + IPv4 20 + TCP 20
        if r4 > r3 goto out
        r4 = *(u16 *)(r2 + 12)
        if r4 != 0x8 goto out           # IPv4 only
        r4 = *(u8 *)(r2 + 23)
        if r4 != 6 goto out             # TCP only
        r7 = *(u16 *)(r2 + 22)          # TTL and protocol as one 16-bit word (the unit of the checksum)
        r4 = *(u8 *)(r2 + 22)
        r0 = 2                          # TC_ACT_SHOT: a TTL of 0 or 1 cannot be forwarded
        if r4 < 2 goto out
        r8 = r7
        r8 += -1                        # TTL is the low byte of the little-endian word
        r9 = *(u16 *)(r2 + 36)          # TCP destination port (network order)
        *(u16 *)(r10 - 2) = r8
        r1 = r6
        r2 = 22                         # offset of TTL
        r3 = r10
        r3 += -2
        r4 = 2
        r5 = 0
        call bpf_skb_store_bytes
        r1 = r6
        r2 = 24                         # offset of the IPv4 checksum
        r3 = r7                         # old word
        r4 = r8                         # new word
        r5 = 2                          # size of the changed field
        call bpf_l3_csum_replace
        r0 = 0
        if r9 != 0x5000 goto out        # port 80 in network order reads as 0x5000
        r7 = 0x901f                     # port 8080 (0x1f90) in network order
        *(u16 *)(r10 - 4) = r7
        r1 = r6
        r2 = 36
        r3 = r10
        r3 += -4
        r4 = 2
        r5 = 0
        call bpf_skb_store_bytes
        r1 = r6
        r2 = 50                         # offset of the TCP checksum
        r3 = r9
        r4 = r7
        r5 = 2                          # ports are not in the pseudo-header: no BPF_F_PSEUDO_HDR
        call bpf_l4_csum_replace
        r0 = 0                          # TC_ACT_OK
out:
        exit
