# type: xdp
# Caller and callee use 320 bytes of stack each: the combined depth (640) exceeds 512.
  *(u64 *)(r10 - 320) = 7
  call sub
  r1 = *(u64 *)(r10 - 320)
  r0 += r1
  exit
sub:
  *(u64 *)(r10 - 320) = 3
  r0 = *(u64 *)(r10 - 320)
  exit
