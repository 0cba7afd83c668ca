# type: xdp
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc short13 empty ipv4_trunc ipv6_trunc jumbo3712 jumbo3713
# Packet length = data_end - data; the kernel refuses packets shorter than ETH_HLEN (14) before running.
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = r3
  r0 -= r2
  exit
