# type: xdp
# packets: udp64
# A subprogram called from a bounded loop: sum of squares 1..10 = 385.
  r6 = 1
  r7 = 0
loop:
  r1 = r6
  call square
  r7 += r0
  r6 += 1
  if r6 <= 10 goto loop
  r0 = r7
  exit
square:
  r0 = r1
  r0 *= r1
  exit
