# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc
# __sk_buff.protocol (ctx+16): skb->protocol as eth_type_trans set it, in network byte order inside the u32 (e.g. IPv4 reads 0x0008).
  r0 = *(u32 *)(r1 + 16)
  exit
