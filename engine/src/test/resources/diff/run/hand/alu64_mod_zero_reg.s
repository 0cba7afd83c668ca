# type: xdp
# packets: udp64
# ALU64 modulo by a zero register: dst keeps its value (all 64 bits).
  r0 = 0x1234567800000042 ll
  r1 = 0
  r0 %= r1
  r2 = r0
  r2 >>= 32
  r0 ^= r2
  exit
