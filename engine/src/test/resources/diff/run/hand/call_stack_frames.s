# type: xdp
# packets: udp64
# Each frame has its own stack: the callee writes its r10-8, the caller's r10-8 is unchanged.
  r1 = 0x1111
  *(u64 *)(r10 - 8) = r1
  call sub
  r1 = *(u64 *)(r10 - 8)
  r0 <<= 16
  r0 |= r1
  exit
sub:
  r1 = 0x2222
  *(u64 *)(r10 - 8) = r1
  r0 = *(u64 *)(r10 - 8)
  exit
