# Returns 1 for an IPv4 UDP packet, 0 otherwise.
# r1 = packet bytes (starting at the Ethernet header), r2 = their length.
    r0 = 0
    if r2 < 34 goto out          # 14 bytes Ethernet + 20 bytes IPv4
    r3 = *(u16 *)(r1 + 12)       # EtherType, network byte order
    r3 = be16 r3
    if r3 != 0x800 goto out      # not IPv4
    r4 = *(u8 *)(r1 + 23)        # IPv4 protocol
    if r4 != 17 goto out         # not UDP
    r0 = 1
out:
    exit
