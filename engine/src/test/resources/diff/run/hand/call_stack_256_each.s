# type: xdp
# packets: udp64
# Caller and callee each use 256 bytes of stack (combined 512, the limit): values in both frames survive.
  *(u64 *)(r10 - 256) = 7
  *(u64 *)(r10 - 8) = 9
  call sub
  r1 = *(u64 *)(r10 - 256)
  r2 = *(u64 *)(r10 - 8)
  r0 *= 100
  r0 += r1
  r0 *= 100
  r0 += r2
  exit
sub:
  *(u64 *)(r10 - 256) = 3
  *(u64 *)(r10 - 8) = 4
  r0 = *(u64 *)(r10 - 256)
  r1 = *(u64 *)(r10 - 8)
  r0 *= 10
  r0 += r1
  exit
