# type: xdp
# packets: udp64
# ALU32 mul/div/mod are unsigned 32-bit.
  w1 = -10              # 0xfffffff6
  w2 = w1
  w2 /= 3               # 0x55555552
  w3 = w1
  w3 %= 7
  w4 = 0x10001
  w4 *= w4              # 0x20001 (wraps)
  r0 = r2
  r0 ^= r3
  r0 += r4
  exit
