# type: xdp
# packets: udp64
# lddw: full 64-bit immediates (both halves), negative and with bit 31 set in the low half.
  r1 = 0xfedcba9876543210 ll
  r2 = 0x00000000ffffffff ll
  r3 = -2 ll
  r4 = r1
  r4 >>= 32
  r0 = r1
  r0 += r2
  r0 ^= r4
  r0 += r3
  exit
