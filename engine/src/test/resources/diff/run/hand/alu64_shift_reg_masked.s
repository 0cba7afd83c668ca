# type: xdp
# packets: udp64
# ALU64 shift by a register >= 64: the count is masked to 6 bits (70 -> 6, 127 -> 63, 64 -> 0).
  r1 = 1
  r2 = 70
  r1 <<= r2             # 64
  r3 = -1
  r4 = 127
  r3 >>= r4             # 1
  r5 = -1024
  r6 = 64
  r5 s>>= r6            # unchanged
  r0 = r1
  r0 += r3
  r0 += r5              # 64 + 1 - 1024
  exit
