# type: socket_filter
# packets: udp64 tcp_syn
# LD_ABS with SKF_NET_OFF (-0x100000) reads relative to the network header: byte 8 = IPv4 TTL.
  r6 = r1
  .byte 0x30, 0x00, 0x00, 0x00, 0x08, 0x00, 0xf0, 0xff   # LD_ABS B imm=-0x100000+8
  exit
