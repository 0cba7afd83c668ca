# type: socket_filter
# packets: udp64 ipv6_udp arp
# __sk_buff.sk (ctx+168) is the dummy socket test_run allocates: bpf_sock.family (sk+4) is AF_INET (2) for
# IPv4 packets, AF_INET6 (10) for IPv6 and AF_UNSPEC (0) otherwise; r0 = 1000 + family, or 1 if sk is NULL.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r0 = *(u32 *)(r2 + 4)
  r0 += 1000
out:
  exit
