# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.napi_id (ctx+84): skb->napi_id.
  r0 = *(u32 *)(r1 + 84)
  exit
