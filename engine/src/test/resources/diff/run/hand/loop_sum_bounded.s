# type: xdp
# packets: udp64
# Bounded loop (verifier explores each iteration): sum of 1..100 = 5050.
  r0 = 0
  r1 = 1
loop:
  r0 += r1
  r1 += 1
  if r1 <= 100 goto loop
  exit
