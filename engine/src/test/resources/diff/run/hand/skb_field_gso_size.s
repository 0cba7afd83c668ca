# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.gso_size (ctx+176): skb_shinfo(skb)->gso_size.
  r0 = *(u32 *)(r1 + 176)
  exit
