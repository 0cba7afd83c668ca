# type: xdp
# packets: udp64
# xdp_md.ingress_ifindex (ctx+12) and rx_queue_index (ctx+16) as test_run sets them: r0 = ifindex*1000 + queue.
  r2 = *(u32 *)(r1 + 12)
  r3 = *(u32 *)(r1 + 16)
  r0 = r2
  r0 *= 1000
  r0 += r3
  exit
