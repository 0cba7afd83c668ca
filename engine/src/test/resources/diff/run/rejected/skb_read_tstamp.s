# type: socket_filter
# tstamp is not readable by socket_filter.
  r0 = *(u64 *)(r1 + 152)
  exit
