# type: xdp
# packets: udp64
# Nested bounded loops: sum over i<10, j<i of (i ^ j).
  r0 = 0
  r1 = 0
outer:
  r2 = 0
inner:
  if r2 >= r1 goto inner_done
  r3 = r1
  r3 ^= r2
  r0 += r3
  r2 += 1
  goto inner
inner_done:
  r1 += 1
  if r1 < 10 goto outer
  exit
