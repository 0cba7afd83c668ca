# type: socket_filter
# packets: ipv6_udp udp64
# bpf_sock.src_ip6[0] and [3] (sk+28, sk+40) and dst_ip6[3] (sk+68): the IPv6 addresses test_run copies into the
# dummy socket (zero for an IPv4 packet). r0 = src_ip6[0] ^ src_ip6[3] ^ dst_ip6[3]; 1 if sk is NULL.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r3 = *(u32 *)(r2 + 28)
  r4 = *(u32 *)(r2 + 40)
  r5 = *(u32 *)(r2 + 68)
  r0 = r3
  r0 ^= r4
  r0 ^= r5
out:
  exit
