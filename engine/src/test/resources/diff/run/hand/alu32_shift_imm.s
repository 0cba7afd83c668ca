# type: xdp
# packets: udp64
# ALU32 shifts by immediates, arsh on a 32-bit negative value ignores the 64-bit upper half.
  r1 = 0x00000000fffffff0 ll
  w1 s>>= 4             # 0xffffffff
  r2 = 0xffffffff00000080 ll
  w2 s>>= 4             # 0x8 (bit 31 of w2 is 0)
  w3 = 0xabcd
  w3 <<= 20             # 0xcd00000 ... low 32 bits only
  r0 = r1
  r0 += r2
  r0 ^= r3
  exit
