# type: xdp
# packets: udp64
# ALU64 immediates are sign-extended for every op: and/or/xor/add with a negative immediate touch the high half.
  r1 = 0x0000000100000000 ll
  r1 |= -2147483648      # 0xffffffff80000000
  r2 = 0x1234567812345678 ll
  r2 &= -65536          # 0x1234567812340000
  r3 = 0
  r3 ^= -1
  r4 = r1
  r4 >>= 32
  r5 = r2
  r5 >>= 16
  r0 = r4
  r0 += r5
  r0 += r3
  exit
