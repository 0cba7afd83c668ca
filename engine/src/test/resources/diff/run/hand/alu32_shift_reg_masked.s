# type: xdp
# packets: udp64
# ALU32 shift by a register >= 32: the count is masked to 5 bits (33 -> 1, 40 -> 8, 32 -> 0).
  w1 = 1
  w2 = 33
  w1 <<= w2             # 2
  w3 = 0x80000000
  w4 = 40
  w3 s>>= w4            # 0xff800000
  w5 = 0x12345678
  w6 = 32
  w5 >>= w6             # unchanged
  r0 = r1
  r0 += r3
  r0 ^= r5
  exit
