# type: socket_filter
# packets: udp64 tcp_syn ipv6_udp
# bpf_sock.src_ip4 (sk+24) of the dummy socket test_run attaches (network byte order), r0 = 1 if sk is NULL.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r3 = *(u32 *)(r2 + 24)
  r0 = r3
out:
  exit
