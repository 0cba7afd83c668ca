# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp arp eth14 vlan_icmp llc
# __sk_buff.ifindex (ctx+40): skb->dev->ifindex: test_run uses the loopback device.
  r0 = *(u32 *)(r1 + 40)
  exit
