# type: xdp
# packets: udp64
# v4 movsx (ALU32): w = (s8)/(s16)w sign-extends within 32 bits and zero-extends to 64.
  r1 = 0x00000000000080ff ll
  w2 = (s8)w1           # 0xffffffff
  w3 = (s16)w1          # 0xffff80ff
  r4 = r2
  r4 >>= 32             # 0: upper half zero
  r0 = r3
  r0 -= r2
  r0 += r4
  exit
