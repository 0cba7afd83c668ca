# type: xdp
# packets: udp64
# Unconditional jumps: goto +0 (a no-op), a forward goto over code reached only from elsewhere, and
# `r2 = 0xffffffff`, which llvm-mc encodes as mov64 imm -1 (sign-extended: r2 = -1, so r2 == -1 holds).
  r0 = 1
  goto +0
  goto skip
back:
  r0 += 1000
  exit
skip:
  w1 = -1
  if w1 != -1 goto back
  r0 += 10
  r2 = 0xffffffff
  if r2 == -1 goto no
  r0 += 100
no:
  r3 = 2
  if r3 > 1 goto back
  exit
