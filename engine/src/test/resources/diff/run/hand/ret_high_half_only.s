# type: xdp
# packets: udp64
# r0 = 0xffffffff00000000: the reported retval is 0.
  r0 = 0xffffffff00000000 ll
  exit
