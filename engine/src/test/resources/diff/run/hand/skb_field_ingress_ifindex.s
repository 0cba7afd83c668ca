# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.ingress_ifindex (ctx+36): skb->skb_iif.
  r0 = *(u32 *)(r1 + 36)
  exit
