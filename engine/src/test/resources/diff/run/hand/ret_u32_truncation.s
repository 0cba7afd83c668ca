# type: xdp
# packets: udp64
# retval is the low 32 bits of r0: 0x123456789abcdef0 reports 0x9abcdef0.
  r0 = 0x123456789abcdef0 ll
  exit
