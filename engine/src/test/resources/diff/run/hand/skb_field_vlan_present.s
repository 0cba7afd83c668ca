# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.vlan_present (ctx+20): whether a hardware VLAN tag is present (the in-packet 802.1Q tag is not one).
  r0 = *(u32 *)(r1 + 20)
  exit
