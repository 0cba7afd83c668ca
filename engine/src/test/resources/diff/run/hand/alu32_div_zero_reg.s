# type: xdp
# packets: udp64
# ALU32 division by a zero register gives 0 (and clears the upper half).
  r0 = 0x1111111122222222 ll
  w1 = 0
  w0 /= w1
  r0 += 9
  exit
