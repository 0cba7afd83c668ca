# XDP firewall: drops IPv4 packets whose source address or TCP/UDP destination port is on a block list.
# Shows: direct packet access with bounds checks against data_end, two hash maps as block lists that
#        user space fills (here with --init), and an array map counting drops with an atomic add.
# Maps: blocked_ips   key = IPv4 source address as on the wire (4 bytes)
#       blocked_ports key = destination port as on the wire (2 bytes, big-endian), so 22 is 0016
#       drops[0]      number of dropped packets
# run: bpfplay run --type xdp --packet 'eth ipv4(src=10.0.0.1,dst=10.0.0.2) tcp(sport=40000,dport=22,flags=S)' --init blocked_ports:0016=01 --dump drops examples/xdp_firewall.s
# expect: retval=XDP_DROP
.map blocked_ips hash key=4 value=1 max_entries=64
.map blocked_ports hash key=2 value=1 max_entries=64
.map drops array key=4 value=8 max_entries=1

        r6 = *(u32 *)(r1 + 0)           # xdp_md->data
        r7 = *(u32 *)(r1 + 4)           # xdp_md->data_end
        r2 = r6
        r2 += 34                        # Ethernet (14) + IPv4 header without options (20)
        if r2 > r7 goto pass            # the verifier insists on this check before any read
        r3 = *(u16 *)(r6 + 12)          # EtherType, loaded little-endian: 0x0800 reads as 0x0008
        if r3 != 0x8 goto pass
        r3 = *(u32 *)(r6 + 26)          # IPv4 source address
        *(u32 *)(r10 - 4) = r3
        r1 = blocked_ips ll
        r2 = r10
        r2 += -4
        call bpf_map_lookup_elem        # r0 = pointer to the value, or NULL
        if r0 != 0 goto drop
        r3 = *(u8 *)(r6 + 23)           # IPv4 protocol
        if r3 == 6 goto ports           # TCP
        if r3 != 17 goto pass           # UDP
ports:
        r2 = r6
        r2 += 38                        # the ports are the first 4 bytes of TCP and UDP
        if r2 > r7 goto pass            # packet pointers stay valid across map helpers
        r3 = *(u16 *)(r6 + 36)          # destination port, still in network byte order
        *(u16 *)(r10 - 8) = r3
        r1 = blocked_ports ll
        r2 = r10
        r2 += -8
        call bpf_map_lookup_elem
        if r0 != 0 goto drop
pass:
        r0 = 2                          # XDP_PASS
        exit
drop:
        *(u32 *)(r10 - 12) = 0
        r1 = drops ll
        r2 = r10
        r2 += -12
        call bpf_map_lookup_elem
        if r0 == 0 goto out             # an array lookup cannot fail here, but the verifier wants the check
        r1 = 1
        lock *(u64 *)(r0 + 0) += r1     # atomic: other CPUs may count at the same time
out:
        r0 = 1                          # XDP_DROP
        exit
