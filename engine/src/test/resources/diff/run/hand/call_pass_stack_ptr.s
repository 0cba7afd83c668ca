# type: xdp
# packets: udp64
# The caller passes a pointer to its stack; the callee writes through it.
  r1 = 5
  *(u64 *)(r10 - 16) = r1
  r1 = r10
  r1 += -16
  call bump
  r0 = *(u64 *)(r10 - 16)
  exit
bump:
  r2 = *(u64 *)(r1 + 0)
  r2 *= 11
  *(u64 *)(r1 + 0) = r2
  r0 = 0
  exit
