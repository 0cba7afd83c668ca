# type: xdp
# packets: udp64
# ALU64 unsigned div/mod: a negative dividend is a huge unsigned number.
  r1 = -100
  r2 = 7
  r3 = r1
  r3 /= r2
  r4 = r1
  r4 %= r2
  r0 = r3
  r0 >>= 40
  r0 += r4
  r5 = 1000
  r5 /= 33
  r0 += r5
  exit
