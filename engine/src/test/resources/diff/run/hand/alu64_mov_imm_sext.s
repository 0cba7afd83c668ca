# type: xdp
# packets: udp64
# ALU64 mov imm sign-extends the 32-bit immediate: r0 = high half of (r1 = -2) which is 0xffffffff.
  r1 = -2
  r0 = r1
  r0 >>= 32
  r2 = 0x7fffffff
  r0 ^= r2
  exit
