# type: socket_filter
# packets: udp64 tcp_syn
# bpf_sock.dst_ip4 (sk+28) of the dummy socket test_run attaches, plus 7; r0 = 1 if sk is NULL.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r4 = *(u32 *)(r2 + 28)
  r0 = r4
  r0 += 7
out:
  exit
