# type: socket_filter
# packets: udp64 tcp_syn
# LD_ABS with SKF_LL_OFF (-0x200000) reads relative to the MAC header: bytes 12..13 = ethertype.
  r6 = r1
  .byte 0x28, 0x00, 0x00, 0x00, 0x0c, 0x00, 0xe0, 0xff   # LD_ABS H imm=-0x200000+12
  exit
