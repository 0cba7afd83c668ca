# type: socket_filter
# socket_filter may only write cb[0..4]; writing mark is rejected.
  r2 = 1
  *(u32 *)(r1 + 8) = r2
  r0 = 0
  exit
