# type: xdp
# packets: udp64
# ALU64 add/sub with immediates and registers, wrap-around at 2^64; r0 = low 32 bits of the sum chain.
  r1 = -1
  r2 = 2
  r1 += r2              # wraps to 1
  r3 = 0x7fffffffffffffff ll
  r3 += 1               # 0x8000000000000000
  r4 = r3
  r4 -= r1              # 0x7fffffffffffffff
  r0 = r4
  r0 >>= 32             # 0x7fffffff
  r0 -= -5              # imm sign-extended: + 5
  r0 += r1
  exit
