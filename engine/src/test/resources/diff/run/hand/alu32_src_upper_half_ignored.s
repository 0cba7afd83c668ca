# type: xdp
# packets: udp64
# ALU32 ops use only the low 32 bits of the source register: w1 /= w2 with r2 = 0x1_00000002 divides by 2,
# and a source whose low half is 0 (r4 = 0x5_00000000) is a division by zero (result 0).
  r1 = 1000
  r2 = 0x100000002 ll
  w1 /= w2              # 500
  r3 = 77
  r4 = 0x500000000 ll
  w3 /= w4              # 0
  r5 = 1
  r6 = 0x100000003 ll
  w5 <<= w6             # 8
  r0 = r1
  r0 += r3
  r0 += r5
  exit
