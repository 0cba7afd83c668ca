# type: xdp
# packets: udp64
# ALU32 neg: -(INT32_MIN) = INT32_MIN; result zero-extended.
  r1 = -5
  w1 = -w1              # 5, upper half cleared
  w2 = 0x80000000
  w2 = -w2
  r0 = r1
  r0 += r2
  exit
