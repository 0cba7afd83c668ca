# type: xdp
# packets: udp64
# ALU32 and/or/xor with registers and immediates; upper halves of the sources are ignored.
  r1 = 0xffffffff0f0f0f0f ll
  r2 = 0x12345678ff00ff00 ll
  w3 = w1
  w3 &= w2
  w4 = w1
  w4 |= w2
  w5 = w1
  w5 ^= 0xffff
  r0 = r3
  r0 ^= r4
  r0 += r5
  exit
