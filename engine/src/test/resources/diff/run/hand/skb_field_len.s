# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc short13 empty ipv4_trunc ipv6_trunc jumbo3712 jumbo3713
# __sk_buff.len (ctx+0): skb->len: the packet length minus the 14-byte Ethernet header (eth_type_trans pulled it).
  r0 = *(u32 *)(r1 + 0)
  exit
