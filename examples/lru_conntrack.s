# LRU connection table: counts packets and bytes per connection, keyed by the IPv4/TCP/UDP 5-tuple.
# Shows: an lru_hash map (the least recently used connection is evicted when the table is full, so
#        the program never has to delete), a 16-byte struct key built on the stack (padding zeroed:
#        the key is compared byte for byte), insert-if-absent with BPF_NOEXIST, and atomic updates.
# Key:   saddr(4) daddr(4) sport(2) dport(2) proto(1) pad(3)   Value: packets(8) bytes(8)
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.1.1.1,dst=10.2.2.2) tcp(sport=51000,dport=443,flags=A) payload="data"' --dump conns examples/lru_conntrack.s
# expect: retval=XDP_PASS
.map conns lru_hash key=16 value=16 max_entries=1024

        r6 = *(u32 *)(r1 + 0)           # data
        r7 = *(u32 *)(r1 + 4)           # data_end
        r8 = r7
        r8 -= r6                        # packet length, for the byte counter
        r2 = r6
        r2 += 38                        # Ethernet + IPv4 (no options) + ports
        if r2 > r7 goto pass
        r3 = *(u16 *)(r6 + 12)
        if r3 != 0x8 goto pass
        r4 = *(u8 *)(r6 + 23)           # protocol
        if r4 == 6 goto tuple
        if r4 != 17 goto pass
tuple:
        r3 = *(u32 *)(r6 + 26)          # saddr
        *(u32 *)(r10 - 16) = r3
        r3 = *(u32 *)(r6 + 30)          # daddr
        *(u32 *)(r10 - 12) = r3
        r3 = *(u32 *)(r6 + 34)          # sport and dport together
        *(u32 *)(r10 - 8) = r3
        *(u32 *)(r10 - 4) = r4          # proto, then 3 zero bytes of padding
        r1 = conns ll
        r2 = r10
        r2 += -16
        call bpf_map_lookup_elem
        if r0 == 0 goto new
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1
        lock *(u64 *)(r0 + 8) += r8
        goto pass
new:
        r1 = 1
        *(u64 *)(r10 - 32) = r1         # packets
        *(u64 *)(r10 - 24) = r8         # bytes
        r1 = conns ll
        r2 = r10
        r2 += -16
        r3 = r10
        r3 += -32
        r4 = 1                          # BPF_NOEXIST
        call bpf_map_update_elem
pass:
        r0 = 2                          # XDP_PASS
        exit
