# type: xdp
# packets: udp64
# ALU32 results are zero-extended to 64 bits: w1 += 1 on 0xffffffff_ffffffff gives 0, upper half cleared.
  r1 = -1
  w1 += 1
  r2 = -1
  w2 = w2               # mov32 clears the upper half
  r2 >>= 31             # 1
  r3 = 0x1234567800000005 ll
  w3 *= 3
  r0 = r1
  r0 += r2
  r0 += r3              # 0 + 1 + 15
  exit
