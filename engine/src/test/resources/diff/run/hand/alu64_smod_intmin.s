# type: xdp
# packets: udp64
# v4 signed modulo: INT64_MIN s% -1 gives 0; r0 = 0x55 + result.
  r1 = 0x8000000000000000 ll
  r2 = -1
  r1 s%= r2
  r0 = r1
  r0 += 0x55
  exit
