# type: socket_filter
# packets: udp64
# bpf_sock.rx_queue_mapping (sk+76, s32) of the dummy socket: -1 (no queue recorded), reported as 0xffffffff.
  r2 = *(u64 *)(r1 + 168)
  r0 = 1
  if r2 == 0 goto out
  r0 = *(u32 *)(r2 + 76)
out:
  exit
