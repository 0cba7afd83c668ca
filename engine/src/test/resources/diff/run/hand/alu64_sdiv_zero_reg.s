# type: xdp
# packets: udp64
# v4 signed div/mod by a zero register: sdiv gives 0, smod keeps dst.
  r1 = -50
  r2 = 0
  r3 = r1
  r3 s/= r2
  r4 = r1
  r4 s%= r2
  r0 = r3
  r0 += r4              # -50
  exit
