# type: xdp
# packets: udp64
# v4 ALU32 sdiv/smod with mixed signs, results zero-extended.
  w1 = -100
  w1 s/= 7              # -14 -> 0xfffffff2
  w2 = -100
  w2 s%= 7              # -2
  w3 = 100
  w3 s%= -7             # 2
  r0 = r1
  r0 <<= 8
  r0 ^= r2
  r0 += r3
  exit
