# type: xdp
# packets: udp64
# r0 = -1 (64-bit): reported as u32 0xffffffff.
  r0 = -1
  exit
