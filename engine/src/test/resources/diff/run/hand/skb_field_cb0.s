# type: socket_filter
# packets: udp64 vlan_icmp
# __sk_buff.cb[0] (ctx+48): cb[0] (zero-initialised control buffer).
  r0 = *(u32 *)(r1 + 48)
  exit
