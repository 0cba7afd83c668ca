# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.cb[4] (ctx+64): cb[4].
  r0 = *(u32 *)(r1 + 64)
  exit
