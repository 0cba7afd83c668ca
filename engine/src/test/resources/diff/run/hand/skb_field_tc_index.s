# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.tc_index (ctx+44): skb->tc_index.
  r0 = *(u32 *)(r1 + 44)
  exit
