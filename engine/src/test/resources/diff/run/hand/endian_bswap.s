# type: xdp
# packets: udp64
# v4 bswap16/32/64 (ALU64 END): unconditional swap, result truncated to the width.
  r1 = 0xa1b2c3d4e5f60718 ll
  r2 = r1
  r2 = bswap16 r2       # 0x1807
  r3 = r1
  r3 = bswap32 r3       # 0x1807f6e5
  r4 = r1
  r4 = bswap64 r4       # 0x1807f6e5d4c3b2a1
  r5 = r4
  r5 >>= 32
  r0 = r2
  r0 ^= r3
  r0 += r4
  r0 += r5
  exit
