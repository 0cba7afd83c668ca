# type: xdp
# packets: udp64
# ALU32 modulo by a zero register keeps the low 32 bits of dst and zeroes the upper half.
  r2 = 0x1111111122222222 ll
  w1 = 0
  w2 %= w1
  r0 = r2
  r2 >>= 32
  r0 += r2              # upper half 0 -> 0x22222222
  exit
