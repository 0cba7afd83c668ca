# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.vlan_tci (ctx+24): skb->vlan_tci.
  r0 = *(u32 *)(r1 + 24)
  exit
