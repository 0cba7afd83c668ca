# type: xdp
# packets: udp64
# ALU64 shifts by immediates: lsh, logical rsh, arithmetic rsh of a negative value.
  r1 = -256
  r2 = r1
  r2 >>= 60             # 15
  r3 = r1
  r3 s>>= 4             # -16
  r4 = 3
  r4 <<= 62             # 0xc000000000000000
  r4 s>>= 63            # -1
  r0 = r2
  r0 += r3
  r0 += r4              # -2
  exit
