# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.priority (ctx+32): skb->priority.
  r0 = *(u32 *)(r1 + 32)
  exit
