# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.gso_segs (ctx+164): skb_shinfo(skb)->gso_segs.
  r0 = *(u32 *)(r1 + 164)
  exit
