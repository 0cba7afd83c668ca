# type: xdp
# packets: udp64
# Data-dependent loop with an iteration cap: Collatz steps from 27 (111 steps), capped at 200.
  r1 = 27
  r0 = 0
loop:
  if r1 == 1 goto out
  if r0 >= 200 goto out
  r2 = r1
  r2 &= 1
  if r2 == 0 goto even
  r1 *= 3
  r1 += 1
  goto next
even:
  r1 >>= 1
next:
  r0 += 1
  goto loop
out:
  exit
