# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.vlan_proto (ctx+28): skb->vlan_proto.
  r0 = *(u32 *)(r1 + 28)
  exit
