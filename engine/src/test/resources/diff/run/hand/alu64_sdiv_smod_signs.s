# type: xdp
# packets: udp64
# v4 sdiv/smod truncate toward zero; the remainder takes the dividend's sign. Folds 4 results into r0.
  r1 = -7
  r1 s/= 2              # -3
  r2 = -7
  r2 s%= 2              # -1
  r3 = 7
  r3 s%= -2             # 1
  r4 = -7
  r5 = -2
  r4 s/= r5             # 3
  r0 = r1
  r0 *= 1000
  r0 += r2
  r0 *= 100
  r0 += r3
  r0 *= 10
  r0 += r4
  exit
