# type: xdp
# packets: udp64
# ALU32 add/sub wrap at 2^32.
  w1 = 0x7fffffff
  w1 += 1               # 0x80000000
  w2 = 3
  w2 -= 5               # 0xfffffffe
  w3 = w1
  w3 += w2              # 0x7ffffffe
  r0 = r3
  exit
