# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp
# bpf_sock.dst_ip4 (sk+52) of the dummy socket test_run attaches (the packet's IPv4 daddr, network byte order),
# plus 7; r0 = 1 if sk is NULL.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r4 = *(u32 *)(r2 + 52)
  r0 = r4
  r0 += 7
out:
  exit
