# XDP: drops IPv4 UDP packets, passes everything else.
# r1 = struct xdp_md; the packet is checked against data_end before every read.
    r0 = 2                       # XDP_PASS
    r2 = *(u32 *)(r1 + 0)        # data
    r3 = *(u32 *)(r1 + 4)        # data_end
    r4 = r2
    r4 += 34                     # 14 bytes Ethernet + 20 bytes IPv4
    if r4 > r3 goto out
    r4 = *(u16 *)(r2 + 12)       # EtherType, network byte order
    r4 = be16 r4
    if r4 != 0x800 goto out      # not IPv4
    r4 = *(u8 *)(r2 + 23)        # IPv4 protocol
    if r4 != 17 goto out         # not UDP
    r0 = 1                       # XDP_DROP
out:
    exit
