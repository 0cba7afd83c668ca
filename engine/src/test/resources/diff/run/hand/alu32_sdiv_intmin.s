# type: xdp
# packets: udp64
# v4 ALU32 signed division INT32_MIN s/ -1 gives INT32_MIN; smod gives 0.
  w1 = 0x80000000
  w2 = -1
  w3 = w1
  w3 s/= w2
  w4 = w1
  w4 s%= w2
  r0 = r3
  r0 += r4
  exit
