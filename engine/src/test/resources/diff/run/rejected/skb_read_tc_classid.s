# type: socket_filter
# __sk_buff.tc_classid (ctx+72) is not readable by socket_filter.
  r0 = *(u32 *)(r1 + 72)
  exit
