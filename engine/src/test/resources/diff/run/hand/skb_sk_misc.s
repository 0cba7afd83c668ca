# type: socket_filter
# packets: udp64 tcp_syn
# sock_common fields of the dummy socket test_run attaches: bound_dev_if (sk+0), src_port (sk+44),
# dst_port (sk+48, u16), state (sk+72). r0 = bound_dev_if + src_port << 8 + dst_port << 16 + state << 24.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r0 = *(u32 *)(r2 + 0)
  r3 = *(u32 *)(r2 + 44)
  r3 <<= 8
  r0 += r3
  r3 = *(u16 *)(r2 + 48)
  r3 <<= 16
  r0 += r3
  r3 = *(u32 *)(r2 + 72)
  r3 <<= 24
  r0 += r3
out:
  exit
