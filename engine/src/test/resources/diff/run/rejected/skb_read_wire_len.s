# type: socket_filter
# wire_len is not readable by socket_filter.
  r0 = *(u32 *)(r1 + 160)
  exit
