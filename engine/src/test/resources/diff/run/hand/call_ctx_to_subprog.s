# type: xdp
# packets: udp64 tcp_syn
# The ctx pointer is passed to a subprogram that reads the packet length (data_end - data).
  call pktlen
  exit
pktlen:
  r2 = *(u32 *)(r1 + 0)
  r3 = *(u32 *)(r1 + 4)
  r0 = r3
  r0 -= r2
  exit
