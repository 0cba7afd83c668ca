# type: xdp
# packets: udp64
# ctx: 000000004000000000000000010000000000000000000000
# xdp_md ctx_in with ingress_ifindex=1 (lo, present on every Linux) and rx_queue_index=0: the program reads
# them back, r0 = ifindex << 8 | queue.
  r2 = *(u32 *)(r1 + 12)
  r3 = *(u32 *)(r1 + 16)
  r0 = r2
  r0 <<= 8
  r0 |= r3
  exit
