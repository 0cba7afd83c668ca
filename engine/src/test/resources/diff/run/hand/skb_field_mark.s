# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.mark (ctx+8): skb->mark (0 when no ctx_in is given).
  r0 = *(u32 *)(r1 + 8)
  exit
