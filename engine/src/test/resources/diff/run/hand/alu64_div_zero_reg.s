# type: xdp
# packets: udp64
# ALU64 division by a zero register: the result is 0.
  r0 = 12345
  r1 = 0
  r0 /= r1
  r0 += 7
  exit
