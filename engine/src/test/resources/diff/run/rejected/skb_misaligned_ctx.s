# type: socket_filter
# A u32 ctx read at an offset that is not a multiple of 4 is rejected.
  r0 = *(u32 *)(r1 + 2)
  exit
