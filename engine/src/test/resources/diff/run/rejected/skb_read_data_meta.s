# type: socket_filter
# __sk_buff.data_meta (ctx+140) is not readable by socket_filter.
  r0 = *(u32 *)(r1 + 140)
  exit
