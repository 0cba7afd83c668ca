# type: socket_filter
# __sk_buff.hwtstamp (ctx+184, u64) is not readable by socket_filter.
  r0 = *(u64 *)(r1 + 184)
  exit
