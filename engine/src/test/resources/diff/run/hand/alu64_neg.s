# type: xdp
# packets: udp64
# ALU64 neg: -0 = 0, -(INT64_MIN) = INT64_MIN, -(5) = -5.
  r1 = 5
  r1 = -r1
  r2 = 0x8000000000000000 ll
  r2 = -r2
  r3 = 0
  r3 = -r3
  r2 >>= 48             # 0x8000
  r0 = r1
  r0 += r2
  r0 += r3
  exit
