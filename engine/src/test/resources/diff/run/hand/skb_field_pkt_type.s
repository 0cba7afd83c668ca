# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc
# __sk_buff.pkt_type (ctx+4): skb->pkt_type set by eth_type_trans against the loopback device address (00:00:00:00:00:00): 0 host, 1 broadcast, 2 multicast, 3 other host.
  r0 = *(u32 *)(r1 + 4)
  exit
