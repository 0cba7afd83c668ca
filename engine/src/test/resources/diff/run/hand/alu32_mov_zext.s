# type: xdp
# packets: udp64
# ALU32 mov from a register with a set upper half, then compare 64-bit: the upper half was cleared.
  r1 = 0xdeadbeef00000007 ll
  w2 = w1
  r0 = 1
  if r2 == 7 goto out
  r0 = 2
out:
  exit
