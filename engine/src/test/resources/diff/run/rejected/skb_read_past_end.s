# type: socket_filter
# A ctx read past the end of __sk_buff (192 bytes) is rejected.
  r0 = *(u32 *)(r1 + 192)
  exit
