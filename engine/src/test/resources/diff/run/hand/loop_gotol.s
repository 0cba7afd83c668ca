# type: xdp
# packets: udp64
# v4 gotol (JA with a 32-bit offset) used both forward and as a loop back-edge.
  r0 = 0
  r1 = 5
  gotol check
body:
  r0 += r1
  r1 -= 1
check:
  if r1 != 0 goto body2
  gotol out
body2:
  gotol body
out:
  exit
