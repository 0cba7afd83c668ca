# type: xdp
# packets: udp64
# ALU64 or/and/xor with registers and sign-extended immediates.
  r1 = 0xf0f0f0f0f0f0f0f0 ll
  r2 = 0x0ff00ff00ff00ff0 ll
  r3 = r1
  r3 &= r2
  r4 = r1
  r4 |= r2
  r5 = r1
  r5 ^= r2
  r5 &= -16             # 0xfffffffffffffff0
  r4 ^= r5
  r0 = r3
  r0 ^= r4
  r0 |= 0x1
  r6 = r0
  r6 >>= 32
  r0 += r6
  exit
