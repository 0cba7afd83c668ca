# type: xdp
# packets: udp64
# v4 signed division: INT64_MIN s/ -1 (overflow) gives INT64_MIN; r0 = high 32 bits.
  r1 = 0x8000000000000000 ll
  r2 = -1
  r1 s/= r2
  r0 = r1
  r0 >>= 32
  exit
