# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.queue_mapping (ctx+12): skb->queue_mapping.
  r0 = *(u32 *)(r1 + 12)
  exit
