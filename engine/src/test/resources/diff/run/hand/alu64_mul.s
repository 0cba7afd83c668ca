# type: xdp
# packets: udp64
# ALU64 multiply: overflow keeps the low 64 bits; negative immediate is sign-extended.
  r1 = 0x100000001 ll
  r1 *= r1              # 0x200000001
  r2 = 0x123456789 ll
  r2 *= -3
  r0 = r2
  r0 >>= 32
  r0 ^= r1
  r0 += r1
  exit
