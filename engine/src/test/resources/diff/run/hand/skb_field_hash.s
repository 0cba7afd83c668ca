# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.hash (ctx+68): skb->hash (not computed by test_run).
  r0 = *(u32 *)(r1 + 68)
  exit
